#!/usr/bin/env bash
# Windows-1252 input (issue 12): a transcript saved by Word as "Plain Text"
# (0x92 for the apostrophe, CRLF) is decoded as Windows-1252 with one
# warning naming the encoding, didn't stays one word and still negates;
# the same text in UTF-8 gives the same counts.
. "$(dirname "$0")/lib.sh"
require sqlite3
cd "$TMP"
printf '[trust]\ntrust\n' > l.lex
mkdir -p cp u8
printf 'P01: I didn\x92t trust them.\r\nP02: I trust them \x96 really.\r\n' > cp/w.txt
printf 'P01: I didn\xe2\x80\x99t trust them.\nP02: I trust them \xe2\x80\x93 really.\n' > u8/w.txt
$LEXTAB run -l l.lex --db cp.db --out cp-t cp 2>err.txt
check "a Windows-1252 transcript: exit 0" [ $? = 0 ]
check "one warning naming the encoding and the line" \
	[ "$(grep -c 'warning: cp/w.txt:1: not valid UTF-8; decoded as Windows-1252 (first non-ASCII byte 0x92 here)' err.txt)" = 1 ]
check "no U+FFFD warning" [ "$(grep -c 'U+FFFD' err.txt)" = 0 ]
check "the encoding is recorded" [ "$(sqlite3 cp.db "SELECT encoding FROM documents")" = Windows-1252 ]
neg() { sqlite3 "$1" "SELECT group_concat(hits || '/' || negated, ' ') FROM (SELECT MAX(hits) AS hits, MAX(negated) AS negated FROM counts GROUP BY speaker ORDER BY speaker)"; }
check "didn't (0x92) negates P01's trust, not P02's" [ "$(neg cp.db)" = "1/1 1/0" ]
$LEXTAB run -q -l l.lex --db u8.db --out u8-t u8
check "the same counts as the UTF-8 file" [ "$(neg cp.db)" = "$(neg u8.db)" ]
e2e_done

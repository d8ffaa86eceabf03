#!/usr/bin/env bash
# Folders and file lists (issue 11): the unmounted-share guard below the
# PATH arguments (an empty or unreadable subfolder, a mount point below
# PATH) and what a deleted subfolder means; 10,000 file arguments.
. "$(dirname "$0")/lib.sh"
cd "$TMP"
mkdir lex
printf '[trust]\ntrust\n' > lex/t.lex
ndocs() { sqlite3 "$1" 'SELECT COUNT(*) FROM documents'; }

# PATH/site-a/ holds two interviews, PATH/site-b/ one, PATH/ one itself
mkdir -p share/site-a share/site-b
printf 'Ann: I trust them.\n' > share/site-a/a1.txt
printf 'Bob: trust, trust.\n' > share/site-a/a2.txt
printf 'Cat: no trust here\n' > share/site-b/b1.txt
printf 'Dan: trusting\n' > share/top.txt
$LEXTAB run -q -l lex --db s.db --no-tables share
check "first run stores 4 documents" [ "$(ndocs s.db)" = 4 ]

# site-a emptied (its share unmounted): refused, nothing changed
mkdir hold; mv share/site-a/* hold/
$LEXTAB run -q -l lex --db s.db --no-tables share 2>err.txt
check "an emptied subfolder exits 2" [ $? = 2 ]
check "... naming the folder" grep -q "'share/site-a' holds no transcripts, but the database holds 2 documents" err.txt
check "... and keeps its documents" [ "$(ndocs s.db)" = 4 ]
check "... and records no run" [ "$(sqlite3 s.db 'SELECT COUNT(*) FROM runs')" = 1 ]
$LEXTAB run -q -l lex --db s.db --no-tables --allow-empty share
check "--allow-empty lets it remove them" [ "$(ndocs s.db)" = 2 ]
mv hold/* share/site-a/
$LEXTAB run -q -l lex --db s.db --no-tables share
check "refilled: 4 documents again" [ "$(ndocs s.db)" = 4 ]

# a mount point below PATH: site-b/2016/ is the mount, unmounted the
# folder site-b/2016 stays, its subfolders are gone
mkdir -p share/site-b/2016/q1
printf 'Eve: trust\n' > share/site-b/2016/q1/e1.txt
$LEXTAB run -q -l lex --db s.db --no-tables share
check "5 documents with the mounted share" [ "$(ndocs s.db)" = 5 ]
mv share/site-b/2016/q1 hold/q1
$LEXTAB run -q -l lex --db s.db --no-tables share 2>err.txt
check "an unmounted mount point below PATH exits 2" [ $? = 2 ]
check "... naming the mount point" grep -q "'share/site-b/2016' holds no transcripts" err.txt
check "... and keeps its documents" [ "$(ndocs s.db)" = 5 ]

# a subfolder deleted outright (it no longer exists): the user meant it
rm -rf share/site-b/2016
$LEXTAB run -q -l lex --db s.db --no-tables share
check "a deleted subfolder removes its documents (exit 0)" [ $? = 0 ] && [ "$(ndocs s.db)" = 4 ]
# one file deleted from a folder that keeps others: removed as before
rm share/site-a/a2.txt
$LEXTAB run -q -l lex --db s.db --no-tables share
check "a deleted file is removed (exit 0)" [ $? = 0 ] && [ "$(ndocs s.db)" = 3 ]

# an unreadable subfolder (root reads anything: skipped then)
if [ "$(id -u)" != 0 ]; then
	chmod 000 share/site-b
	$LEXTAB run -q -l lex --db s.db --no-tables share 2>err.txt
	check "an unreadable subfolder exits 2" [ $? = 2 ]
	check "... naming it" grep -q "'share/site-b' cannot be read" err.txt
	check "... and keeps its documents" [ "$(ndocs s.db)" = 3 ]
	chmod 755 share/site-b
else
	echo "# skip: unreadable folder (running as root)"
fi

# 10,000 files named as arguments: every one a document, doc_id = base name
mkdir many
for i in $(seq -w 1 10000); do printf 'A: trust %s\n' "$i" > "many/f$i.txt"; done
$LEXTAB run -l lex --db many.db --no-tables -j2 many/*.txt many/f00001.txt 2>err.txt
check "10,000 file arguments (one twice) exit 0" [ $? = 0 ]
check "... give 10,000 documents" [ "$(ndocs many.db)" = 10000 ]
check "... with their base names as doc_ids" [ "$(sqlite3 many.db "SELECT MIN(doc_id) || ' ' || MAX(doc_id) || ' ' || COUNT(DISTINCT doc_id) FROM documents")" = "f00001 f10000 10000" ]
check "... one hit each" [ "$(sqlite3 many.db 'SELECT COUNT(*), COUNT(DISTINCT doc_pk) FROM hits JOIN categories USING(category_id) WHERE is_theme_row = 0')" = '10000|10000' ]
check "... and the file given twice is warned about once" [ "$(grep -c "'many/f00001.txt' was given twice" err.txt)" = 1 ]
e2e_done

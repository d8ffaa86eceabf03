#!/bin/sh
# mkman.sh LEXTAB > lextab.1 - the man page, generated from the --help
# texts of lextab and of each command (so it never drifts from them), plus
# the version line. Used by `make install` and `make man`.
set -eu
lx=${1:?usage: mkman.sh path/to/lextab}

# roff-escape a help text: backslashes, leading dots and quotes
esc() { sed -e 's/\\/\\e/g' -e "s/^\\./\\\\\\&./" -e "s/^'/\\\\\\&'/"; }

version=$("$lx" --version | head -n 1)
# the commands, in the order the main help lists them
cmds=$("$lx" --help | sed -n '/^commands:/,/^$/p' | awk 'NR > 1 && NF { print $1 }' | uniq)

cat <<EOF
.TH LEXTAB 1 "" "$version" "User Commands"
.SH NAME
lextab \\- per-speaker, per-role lexicon indicator tables from interview and meeting transcripts
.SH SYNOPSIS
.B lextab
.I COMMAND
[\\fIoptions\\fR] [\\fIARGS\\fR]
.SH DESCRIPTION
.nf
EOF
"$lx" --help | esc
echo ".fi"
for c in $cmds; do
	"$lx" "$c" --help > /dev/null 2>&1 || continue
	echo ".SH \"lextab $c\""
	echo ".nf"
	"$lx" "$c" --help | esc
	echo ".fi"
done
cat <<EOF
.SH FILES
.TP
.I PREFIX/share/lextab/lexicons/
the bundled lexicons, used when no \\fB\\-\\-lexicons\\fR is given
(\\fBLEXTAB_LEXICONS\\fR overrides)
.SH VERSION
.nf
EOF
"$lx" --version | esc
echo ".fi"
echo ".SH SEE ALSO"
echo "The README and docs/ of the lextab sources: counting rules, input formats, tables, database."

#!/usr/bin/env bash
# compare.sh OLD_LEXDIR NEW_LEXDIR [OUTDIR] - count the shared corpora with
# two versions of the bundled lexicons and list every category whose summed
# hits, matched_tokens or negated (speaker_category.csv, all speakers)
# differ. Corpora: ../shared/corpora/{scotus,inquiry (--ext .rst),ami,icsi,
# interviews-mlss}. Output: one line per changed (corpus, category):
#   corpus category hits_old hits_new mt_old mt_new neg_old neg_new
# and, in OUTDIR/CORPUS.{old,new}.db, the databases for kwic.
# Env: LEXTAB (default build/lextab), CORPORA (default /work/shared/corpora),
#      THREADS (default 2), ONLY (space-separated corpus names).
set -eu
old=$1 new=$2 out=${3:-/tmp/lextab-compare}
LEXTAB=${LEXTAB:-build/lextab}
CORPORA=${CORPORA:-/work/shared/corpora}
THREADS=${THREADS:-2}
mkdir -p "$out"
sum() { # speaker_category.csv -> "category hits mt neg" per category
	awk -F, 'NR > 1 { c = $(NF - 4); h[c] += $(NF - 2); m[c] += $(NF - 1); n[c] += $NF }
		END { for (c in h) print c, h[c], m[c], n[c] }' "$1" | sort
}
for c in ${ONLY:-scotus inquiry ami icsi interviews-mlss}; do
	ext=(); [ "$c" = inquiry ] && ext=(--ext .rst)
	for v in old new; do
		lex=$old; [ $v = new ] && lex=$new
		rm -rf "$out/$c.$v.db" "$out/$c.$v"
		"$LEXTAB" run -q -j "$THREADS" -l "$lex" "${ext[@]}" --db "$out/$c.$v.db" \
			-o "$out/$c.$v" "$CORPORA/$c"
		sum "$out/$c.$v/speaker_category.csv" > "$out/$c.$v.sum"
	done
	join "$out/$c.old.sum" "$out/$c.new.sum" |
		awk -v c="$c" '$2 != $5 || $3 != $6 || $4 != $7 { print c, $1, $2, $5, $3, $6, $4, $7 }'
done

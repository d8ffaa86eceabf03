#!/usr/bin/env bash
# contrib/slurm/lextab-slurm on a real (single-node, private) Slurm
# cluster: 4 shard tasks and a merge job give the tables of one run, byte
# for byte; a shard cancelled mid-run makes the merge refuse, `resume`
# re-submits that shard alone and the tables are right again; new
# transcripts re-code only the shard that holds them.
. "$(dirname "$0")/lib.sh"
require sqlite3
. "$ROOT/tests/slurm/cluster.sh"
cd "$TMP"

if [ "$(id -u)" != 0 ]; then skip "slurm: needs root"; e2e_done; exit; fi
# it tests the job scripts, not lextab's memory: once per CI run is enough
case $BUILD in *san*|*serial*)
	skip "slurm: runs in the plain build only (make test)"; e2e_done; exit ;;
esac
require slurmctld
trap 'slurm_stop; chmod -R u+rwx "$TMP" 2>/dev/null; rm -rf "$TMP"' EXIT
slurm_start "$TMP/cluster" || { not_ok "a single-node Slurm cluster starts"; e2e_done; exit; }
ok "a single-node Slurm cluster starts"

SL="$ROOT/contrib/slurm/lextab-slurm"
CPUS=$(( $(nproc) >= 2 ? 2 : 1 ))   # per shard task
export LEXTAB_SLURM_POLL=0.5
cp -r "$ROOT/corpora/nhs" corpus
META="$ROOT/corpora/nhs-metadata.csv"
$LEXTAB_BIN run -q --meta "$META" --db ref.db --out ref corpus
check "the reference run exits 0" [ $? = 0 ]

# --- 4 shards and a merge ------------------------------------------------------
$SL submit --shards 4 --cpus $CPUS --wait --lextab "$LEXTAB_BIN" --meta "$META" --db a.db --out a corpus > sub.txt 2> sub.err
rc=$?
check "submit --shards 4 --wait exits 0 (the merge's exit code)" [ $rc = 0 ]
check "... and prints the array and merge job ids" \
	grep -q -E '^array job: [0-9]+ \(shards 1-4 of 4\)$' sub.txt
check "... the merge job id too" grep -q -E '^merge job: [0-9]+$' sub.txt
check "... four shard databases in the work folder" [ "$(ls a.shards/shard-*.db | wc -l)" = 4 ]
check "... tables byte-identical to one run's" same_tables ref a
n_docs() { sqlite3 "$1" 'SELECT count(*) FROM documents'; }
sum=0; for k in 1 2 3 4; do sum=$((sum + $(n_docs a.shards/shard-$k.db))); done
check "... the shards hold every document once (25)" [ "$sum" = 25 ]
check "... each task ran its shard with its CPUs as threads (--cpus $CPUS)" \
	grep -q -- "^lextab run --shard 3/4 --threads $CPUS " <<<"$(sqlite3 a.shards/shard-3.db 'SELECT command FROM runs')"
$SL status --db a.db > st.txt
check "status: every shard finished and the merge exited 0" \
	[ "$(grep -c $'\tfinished$' st.txt)" = 4 -a "$(grep -c $'^merge\texited 0$' st.txt)" = 1 ]

# --- new transcripts: only their shard re-codes ---------------------------------
printf 'Interviewer: How is trust?\nNew Director: We trust the clinical teams and they trust us.\n' > corpus/int99-new.txt
$LEXTAB_BIN run -q --meta "$META" --db ref.db --out ref corpus
$SL submit --shards 4 --wait --lextab "$LEXTAB_BIN" --meta "$META" --db a.db --out a corpus > /dev/null 2>&1
check "re-submitting after a new transcript exits 0" [ $? = 0 ]
check "... tables equal one run's again" same_tables ref a
processed=0
for k in 1 2 3 4; do
	p=$(sqlite3 a.shards/shard-$k.db "SELECT documents_processed FROM runs ORDER BY run_id DESC LIMIT 1")
	processed=$((processed + p))
done
check "... only the new document was coded (1 processed in all shards)" [ "$processed" = 1 ]

# --- a shard cancelled mid-run ---------------------------------------------------
# every shard run pauses after its first commit (LEXTAB_PAUSE, docs/testing.md)
# until it reads a byte from the FIFO; shard 2 is cancelled while paused.
mkfifo hold
export LEXTAB_PAUSE=commit:$TMP/hold
$SL submit --shards 4 --lextab "$LEXTAB_BIN" --meta "$META" --db b.db --out b corpus > subb.txt 2>&1
aid=$(sed -n 's/^array job: \([0-9]*\).*/\1/p' subb.txt)
mid=$(sed -n 's/^merge job: \([0-9]*\)$/\1/p' subb.txt)
unset LEXTAB_PAUSE
check "submit without --wait returns with both job ids" [ -n "$aid" -a -n "$mid" ]
paused=no
for ((i = 0; i < 600; i++)); do
	if [ -f b.shards/shard-2.db ] &&
	   [ "$(sqlite3 b.shards/shard-2.db 'SELECT count(*) FROM runs WHERE finished_at IS NULL' 2>/dev/null)" = 1 ]; then
		paused=yes; break
	fi
	sleep 0.5
done
check "shard 2 is mid-run (a committed chunk, its run not finished)" [ $paused = yes ]
scancel "${aid}_2"
slurm_wait_gone "${aid}_2" 60
# let the other shards go on: one byte per paused reader, until none is left
for ((i = 0; i < 600; i++)); do
	[ -z "$(squeue -h -j "$aid" 2>/dev/null)" ] && break
	timeout 1 sh -c "echo x > '$TMP/hold'" 2>/dev/null
done
check "the other shards finished" [ -z "$(squeue -h -j "$aid" 2>/dev/null)" ]
$SL status --work b.shards > stb.txt
check "status names shard 2 as failed, the others finished" \
	[ "$(sed -n '2p' stb.txt)" = "$(printf 'shard 2/4\tfailed')" -a "$(grep -c $'\tfinished$' stb.txt)" = 3 ]
# the controller marks the dependency as never satisfiable on its next
# scheduling pass, not at once: ask again until it has (bounded)
for ((i = 0; i < 120; i++)); do
	grep -q -i $'^merge\tpending.*dependencynever' stb.txt && break
	sleep 0.5
	$SL status --work b.shards > stb.txt
done
check "... and the merge as never able to run" grep -q -i $'^merge\tpending.*dependencynever' stb.txt
$LEXTAB_BIN merge -q b.db b.shards/shard-*.db 2> mergeb.err
check "lextab merge refuses the cancelled shard (exit 2)" [ $? = 2 ]
check "... naming it" grep -q 'shard-2.db' mergeb.err
runs_before=$(sqlite3 b.shards/shard-1.db 'SELECT count(*) FROM runs')
$SL resume --wait --work b.shards > resb.txt 2> resb.err
check "resume --wait exits 0" [ $? = 0 ]
check "... re-submitting shard 2 alone" grep -q -E '^array job: [0-9]+ \(shards 2 of 4\)$' resb.txt
check "... leaving the finished shards alone" [ "$(sqlite3 b.shards/shard-1.db 'SELECT count(*) FROM runs')" = "$runs_before" ]
check "... and the tables equal one run's" same_tables ref b
check "... the old merge job was cancelled" [ -z "$(squeue -h -j "$mid" 2>/dev/null)" ]

# --- a merge that cannot run ---------------------------------------------------------
$SL submit --shards 2 --wait --lextab "$LEXTAB_BIN" --db c.db --out c --lexicons /nonexistent corpus > /dev/null 2> subc.err
check "--wait exits 5 when a shard fails (bad --lexicons)" [ $? = 5 ]
check "... and says to resume" grep -q 'resume' subc.err
$SL submit --db d.db corpus 2> use.err
check "submit without --shards is a usage error (exit 2)" [ $? = 2 ]
e2e_done

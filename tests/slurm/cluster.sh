# A private single-node Slurm cluster for tests (sourced by slurm.sh, not
# run): slurmctld and slurmd with auth/none, state and logs in a temporary
# folder, ports of their own, stopped by slurm_stop (call it from a trap).
# Needs root (slurmd starts jobs as their user) and Debian's slurm-wlm.

# slurm_start DIR: writes DIR/slurm.conf, starts both daemons, waits until
# the node is idle; exports SLURM_CONF. Returns non-zero if it cannot.
slurm_start() {
	SLURM_DIR=$1
	mkdir -p "$SLURM_DIR/state" "$SLURM_DIR/spool" "$SLURM_DIR/log"
	local host port cpus mem
	host=$(hostname -s)
	# a port pair of our own, away from a real cluster's 6817/6818
	port=$((20000 + ($$ % 5000) * 2))
	cpus=$(nproc)
	# memory the jobs may ask for: half the machine's, in MB
	mem=$(awk '/^MemTotal:/ { print int($2 / 2048) }' /proc/meminfo)
	cat > "$SLURM_DIR/slurm.conf" <<EOF
ClusterName=lextabtest
SlurmctldHost=$host
SlurmctldPort=$port
SlurmdPort=$((port + 1))
AuthType=auth/none
CredType=cred/none
SlurmUser=root
SlurmdUser=root
StateSaveLocation=$SLURM_DIR/state
SlurmdSpoolDir=$SLURM_DIR/spool
SlurmctldPidFile=$SLURM_DIR/slurmctld.pid
SlurmdPidFile=$SLURM_DIR/slurmd.pid
SlurmctldLogFile=$SLURM_DIR/log/slurmctld.log
SlurmdLogFile=$SLURM_DIR/log/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
SchedulerType=sched/builtin
MpiDefault=none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
ReturnToService=2
MinJobAge=600
NodeName=$host CPUs=$cpus RealMemory=$mem State=UNKNOWN
PartitionName=test Nodes=ALL Default=YES MaxTime=INFINITE State=UP
EOF
	export SLURM_CONF="$SLURM_DIR/slurm.conf"
	slurmctld -c -f "$SLURM_CONF" || return 1
	slurmd -f "$SLURM_CONF" || return 1
	local i
	for ((i = 0; i < 120; i++)); do
		sinfo -h -o '%t' 2>/dev/null | grep -q -E '^idle' && return 0
		sleep 0.5
	done
	echo "# the test cluster did not come up; its logs:" >&2
	tail -n 20 "$SLURM_DIR"/log/*.log >&2
	return 1
}

slurm_stop() {
	[ -n "${SLURM_DIR:-}" ] || return 0
	local f pid
	scancel --full -u root 2>/dev/null
	for f in slurmd slurmctld; do
		pid=$(cat "$SLURM_DIR/$f.pid" 2>/dev/null) || continue
		kill "$pid" 2>/dev/null
	done
	for f in slurmd slurmctld; do
		pid=$(cat "$SLURM_DIR/$f.pid" 2>/dev/null) || continue
		local i
		for ((i = 0; i < 40; i++)); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
		kill -9 "$pid" 2>/dev/null
	done
	SLURM_DIR=
}

# slurm_wait_gone JOBID [SECONDS]: until the job (all its tasks) left the queue
slurm_wait_gone() {
	local i n=$(( ${2:-300} * 2 ))
	for ((i = 0; i < n; i++)); do
		[ -z "$(squeue -h -j "$1" 2>/dev/null)" ] && return 0
		sleep 0.5
	done
	return 1
}

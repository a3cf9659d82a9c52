#!/usr/bin/env bash
# A one-node Slurm cluster on this machine, for tests/cluster/slurm.test.ts (and for trying
# `goodhart sweep slurm` by hand). Needs root and Debian's packages `slurm-wlm munge`
# (.ci/run installs them).
#
#   sh scripts/slurm-local.sh start    # munge + slurmctld + slurmd; waits until `sinfo` shows an idle node
#   sh scripts/slurm-local.sh status   # exit 0 when the node is up (idle, mixed or allocated)
#   sh scripts/slurm-local.sh stop     # scontrol shutdown (slurmctld and slurmd), then munged by its pid
#
# Idempotent: `start` on a running cluster only checks it; the key and slurm.conf are written once
# (slurm.conf is rewritten only if it is the one this script wrote). Logs: /var/log/slurm/ and /var/log/munge/.
# Recipe: Slurm 22.05 "Quick Start Administrator Guide" and slurm.conf(5); no cgroup.conf (22.05's
# slurmd refuses to start with `CgroupPlugin=disabled`), so process tracking is proctrack/linuxproc.
set -eu

CONF=/etc/slurm/slurm.conf
TAG='# written by goodhart scripts/slurm-local.sh'
LOGS='/var/log/slurm/slurmctld.log /var/log/slurm/slurmd.log /var/log/munge/munged.log'

need_root() {
  if [ "$(id -u)" != 0 ]; then
    echo "slurm-local: must run as root (it starts munged, slurmctld and slurmd)" >&2
    exit 1
  fi
  for b in munged mungekey slurmctld slurmd sinfo scontrol; do
    if ! command -v "$b" >/dev/null 2>&1 && [ ! -x "/usr/sbin/$b" ]; then
      echo "slurm-local: $b not found: apt-get install -y --no-install-recommends slurm-wlm munge" >&2
      exit 1
    fi
  done
}

# Whether a process of that exact name runs (zombies of a killed daemon do not count).
running() {
  for p in $(pgrep -x "$1" 2>/dev/null); do
    st="$(awk '{print $3}' "/proc/$p/stat" 2>/dev/null || true)"
    if [ -n "$st" ] && [ "$st" != Z ]; then return 0; fi
  done
  return 1
}

# The node's state as sinfo reports it ('' when slurmctld does not answer).
node_state() { sinfo -h -N -o '%T' 2>/dev/null | head -n 1 || true; }

node_up() {
  case "$(node_state)" in
    idle | mixed | allocated | completing) return 0 ;;
    *) return 1 ;;
  esac
}

start_munge() {
  mkdir -p /etc/munge /run/munge /var/log/munge /var/lib/munge
  [ -s /etc/munge/munge.key ] || mungekey -c
  chown munge:munge /etc/munge/munge.key /run/munge /var/log/munge /var/lib/munge
  chmod 400 /etc/munge/munge.key
  if ! munge -n 2>/dev/null | unmunge >/dev/null 2>&1; then
    su -s /bin/sh munge -c /usr/sbin/munged
    i=0
    until munge -n 2>/dev/null | unmunge >/dev/null 2>&1; do
      i=$((i + 1))
      [ $i -lt 50 ] || { echo "slurm-local: munged did not start (see /var/log/munge/munged.log)" >&2; exit 1; }
      sleep 0.2
    done
  fi
}

write_conf() {
  if [ -f "$CONF" ] && ! head -n 1 "$CONF" | grep -qF "$TAG"; then
    echo "slurm-local: keeping the existing $CONF (not written by this script)"
    return
  fi
  mkdir -p /etc/slurm
  host="$(hostname -s)"
  cat >"$CONF.tmp" <<EOF
$TAG
ClusterName=local
SlurmctldHost=$host
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
SchedulerType=sched/backfill
StateSaveLocation=/var/spool/slurmctld
SlurmdSpoolDir=/var/spool/slurmd
SlurmctldLogFile=/var/log/slurm/slurmctld.log
SlurmdLogFile=/var/log/slurm/slurmd.log
ReturnToService=2
JobAcctGatherType=jobacct_gather/none
MpiDefault=none
NodeName=$host CPUs=$(nproc) State=UNKNOWN
PartitionName=debug Nodes=$host Default=YES MaxTime=INFINITE State=UP
EOF
  mv "$CONF.tmp" "$CONF"
}

start() {
  need_root
  if node_up; then
    echo "slurm-local: already up (node $(node_state)); logs: $LOGS"
    return 0
  fi
  start_munge
  write_conf
  mkdir -p /var/spool/slurmctld /var/spool/slurmd /var/log/slurm
  running slurmctld || /usr/sbin/slurmctld
  running slurmd || /usr/sbin/slurmd
  i=0
  until node_up; do
    i=$((i + 1))
    if [ $i -ge 60 ]; then
      echo "slurm-local: the node is not idle after 30 s (state '$(node_state)'); logs: $LOGS" >&2
      tail -n 20 /var/log/slurm/slurmctld.log /var/log/slurm/slurmd.log >&2 2>/dev/null || true
      exit 1
    fi
    # A node left DOWN by an earlier unclean stop comes back with ReturnToService=2 once slurmd
    # registers; resume it explicitly if it stays down.
    [ $i -ne 20 ] || scontrol update nodename="$(hostname -s)" state=resume 2>/dev/null || true
    sleep 0.5
  done
  echo "slurm-local: up (node $(hostname -s) $(node_state), $(nproc) CPUs, partition debug); logs: $LOGS"
}

stop() {
  need_root
  scontrol shutdown 2>/dev/null || true
  i=0
  while running slurmctld || running slurmd; do
    i=$((i + 1))
    [ $i -lt 40 ] || { echo "slurm-local: slurmctld/slurmd still running after 20 s" >&2; exit 1; }
    sleep 0.5
  done
  if [ -s /run/munge/munged.pid ]; then
    kill "$(cat /run/munge/munged.pid)" 2>/dev/null || true
  fi
  echo "slurm-local: stopped"
}

status() {
  if node_up; then
    echo "slurm-local: up (node $(node_state)); logs: $LOGS"
  else
    echo "slurm-local: down (sinfo: '$(node_state)'); logs: $LOGS"
    return 1
  fi
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  *)
    echo "usage: sh scripts/slurm-local.sh start|stop|status" >&2
    exit 2
    ;;
esac

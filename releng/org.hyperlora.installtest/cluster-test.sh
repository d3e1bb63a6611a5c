#!/usr/bin/env bash
# The cluster test: HyperLoRA members in separate JVMs on the loopback, each started with the built `hyperlora`.
# Run by the README's test command after the install test (this module's pom), or by hand after a build:
#   bash releng/org.hyperlora.installtest/cluster-test.sh
#
# 1. A study trained by one process alone, and again with two `hyperlora worker`s and the training process as the
#    third member (`hyperlora train --cluster`): the per-instance fits ran on the workers and every fit file is the
#    same bytes as the local run's, the held-out errors the same numbers.
#    A workflow with that training as its train step, run with `hyperlora run --cluster`: the same. An uncertainty
#    propagation of the trained surrogate (`hyperlora uq --cluster`): the statistics file the same bytes as alone.
# 2. The same training with a worker killed (SIGKILL) while it holds a chain of fits: the run finishes, the chain
#    ran again elsewhere, the fits are again the same bytes.
# 3. A worker with another secret is refused (exit 2, the reason said, the secret never printed); a worker stopped
#    as Ctrl-C stops it leaves the cluster cleanly.
# The study (cluster-burgers.hyperlora beside this script) is Burgers at test size: about 10 s of training alone.
# Ends with one line 'clustertest: N passed, N failed'; exit 1 when a check failed.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
out=${INSTALLTEST_OUT:-$here/target}/cluster
hl="$root/hyperlora"
study="$here/cluster-burgers.hyperlora"
rm -rf "$out"
mkdir -p "$out"
# every JVM small: three of them run beside the build
export HYPERLORA_VM_ARGS=-Xmx1g

passed=0
failed=0
pass() { passed=$((passed + 1)); echo "clustertest: PASS $*"; }
fail() { failed=$((failed + 1)); echo "clustertest: FAIL $*"; }

workers=()
cleanup() {
  for pid in "${workers[@]}"; do
    kill -9 "$pid" 2>/dev/null || true
  done
}
trap cleanup EXIT

listening() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# four consecutive ports nobody listens on
base=$((20000 + RANDOM % 30000))
while listening "$base" || listening $((base + 1)) || listening $((base + 2)) || listening $((base + 3)); do
  base=$((base + 4))
done
p1=$base p2=$((base + 1)) p3=$((base + 2)) p4=$((base + 3))
members="127.0.0.1:$p1,127.0.0.1:$p2,127.0.0.1:$p3"

printf 'the shared secret of the cluster test, %s\n' "$RANDOM$RANDOM" > "$out/secret"
printf 'another secret, not the cluster test one\n' > "$out/bad-secret"
chmod 600 "$out/secret" "$out/bad-secret"

# start_worker PORT LOG: a member serving units until stopped; its pid in $worker
start_worker() {
  "$hl" worker --cluster test --secret-file "$out/secret" --bind "127.0.0.1:$1" --members "$members" > "$2" 2>&1 &
  worker=$!
  workers+=("$worker")
}

# wait_for FILE PATTERN SECONDS: until FILE holds a line matching PATTERN (extended regular expression)
wait_for() {
  local until=$((SECONDS + $3))
  while [ $SECONDS -lt $until ]; do
    grep -q -E -- "$2" "$1" 2>/dev/null && return 0
    sleep 0.2
  done
  return 1
}

# train NAME [ARGS...]: trains a copy of the study as NAME.hyperlora (results into NAME-training/), log NAME.log
train() {
  local name=$1
  shift
  cp "$study" "$out/$name.hyperlora"
  timeout 600 "$hl" train "$out/$name.hyperlora" "$@" > "$out/$name.log" 2>&1
}

# same_fits NAME: every fit file of NAME's training is byte for byte the local run's, and the held-out table the same
same_fits() {
  local name=$1 f count=0
  for f in "$out"/local-training/checkpoints/fit_*.hlfit; do
    cmp -s "$f" "$out/$name-training/checkpoints/$(basename "$f")" || return 1
    count=$((count + 1))
  done
  [ "$count" -gt 0 ] || return 1
  diff -q <(sed -n '/^held-out/,/^trained/p' "$out/local.log" | grep -v '^trained') \
    <(sed -n '/^held-out/,/^trained/p' "$out/$name.log" | grep -v '^trained') > /dev/null
}

# --- 0. the same study trained by this process alone -------------------------------------------------------------
if ! train local; then
  fail "local training: exit $? (log $out/local.log)"
  tail -n 20 "$out/local.log"
fi
fits=$(ls "$out"/local-training/checkpoints/fit_*.hlfit 2>/dev/null | wc -l)

# --- 1. two workers and the training process -------------------------------------------------------------------
start_worker "$p1" "$out/worker1.log"
w1=$worker
start_worker "$p2" "$out/worker2.log"
w2=$worker
# started at the same moment, they see each other at once or merge within seconds
two="members: \[[^],]+, [^],]+\]|joined; 2 members"
if wait_for "$out/worker1.log" "$two" 90 && wait_for "$out/worker2.log" "$two" 90; then
  pass "two workers started in their own JVMs and joined: $(grep -m 1 'members:' "$out/worker2.log")"
else
  fail "the workers did not start and join (logs $out/worker1.log, $out/worker2.log)"
  tail -n 20 "$out/worker1.log" "$out/worker2.log"
fi

rc=0
train cluster --cluster test --secret-file "$out/secret" --bind "127.0.0.1:$p3" --members "$members" || rc=$?
on_workers=$(grep -c -E "runs on 127\.0\.0\.1:($p1|$p2)$" "$out/cluster.log" || true)
worker_said=$(cat "$out/worker1.log" "$out/worker2.log" | grep -c -E "hyperlora\.lora-chain unit [0-9]+ of job [0-9a-f]{8} computed in [0-9.]+ s" || true)
if [ "$rc" -eq 0 ] && [ "$on_workers" -ge 1 ] && [ "$worker_said" -ge "$on_workers" ] && same_fits cluster; then
  pass "trained with the cluster (3 members): $on_workers chain(s) ran on the workers, which said so ($(cat "$out/worker1.log" "$out/worker2.log" | grep -m 1 'lora-chain unit')); all $fits fit files the same bytes as alone, the same held-out errors"
else
  fail "training with the cluster: exit $rc, $on_workers chain(s) on the workers ($worker_said said by them), fits the same: $(same_fits cluster && echo yes || echo no) (log $out/cluster.log)"
  tail -n 30 "$out/cluster.log"
fi

# --- 1b. a workflow's train step, run with the cluster -----------------------------------------------------------
cp "$study" "$out/flow.hyperlora"
cat > "$out/flow.hlflow" <<'FLOW'
<?xml version="1.0" encoding="UTF-8"?>
<workflow:Workflow xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    xmlns:workflow="http://www.hyperlora.org/workflow/1.0" name="cluster-flow" description="Trains the cluster test's study.">
  <steps xsi:type="workflow:TrainStep" name="train" study="flow.hyperlora" profile="study" resume="false"/>
</workflow:Workflow>
FLOW
rc=0
timeout 600 "$hl" run "$out/flow.hlflow" --cluster test --secret-file "$out/secret" --bind "127.0.0.1:$p3" \
  --members "$members" > "$out/flow.log" 2>&1 || rc=$?
flow_on_workers=$(grep -c -E "runs on 127\.0\.0\.1:($p1|$p2)$" "$out/flow.log" || true)
flow_same=yes
for f in "$out"/local-training/checkpoints/fit_*.hlfit; do
  cmp -s "$f" "$out/flow-training/checkpoints/$(basename "$f")" || flow_same=no
done
if [ "$rc" -eq 0 ] && [ "$flow_on_workers" -ge 1 ] && [ "$flow_same" = yes ]; then
  pass "hyperlora run --cluster: the workflow's train step ran $flow_on_workers chain(s) on the workers; the fits the same bytes as alone"
else
  fail "hyperlora run --cluster: exit $rc, $flow_on_workers chain(s) on the workers, fits the same: $flow_same (log $out/flow.log)"
  tail -n 30 "$out/flow.log"
fi

# --- 1c. an uncertainty propagation's samples on the cluster ---------------------------------------------------
uq=(uq "$out/cluster.hyperlora" --param nu=uniform:0.005:0.02 --samples 1500 --grid x=-1:1:41,t=0:1:21
  --quantity "maxAbs(u)" --quantity "u(x=0.5 t=0.5)")
rc=0
timeout 600 "$hl" "${uq[@]}" --out "$out/uq-alone.csv" > "$out/uq-alone.log" 2>&1 || rc=$?
timeout 600 "$hl" "${uq[@]}" --out "$out/uq-cluster.csv" --cluster test --secret-file "$out/secret" \
  --bind "127.0.0.1:$p3" --members "$members" > "$out/uq-cluster.log" 2>&1 || rc=$((rc + $?))
if [ "$rc" -eq 0 ] && cmp -s "$out/uq-alone.csv" "$out/uq-cluster.csv" \
    && grep -q "on the 3 members of cluster 'test'" "$out/uq-cluster.log" \
    && diff -q <(grep -E '^(maxAbs|u\()' "$out/uq-alone.log") <(grep -E '^(maxAbs|u\()' "$out/uq-cluster.log") > /dev/null; then
  pass "hyperlora uq --cluster: 1,500 samples in 6 chunks on 3 members, the statistics file the same bytes as alone ($(grep -m 1 '^maxAbs' "$out/uq-cluster.log"))"
else
  fail "hyperlora uq --cluster: exit $rc, files the same: $(cmp -s "$out/uq-alone.csv" "$out/uq-cluster.csv" && echo yes || echo no) (logs $out/uq-alone.log, $out/uq-cluster.log)"
  tail -n 20 "$out/uq-alone.log" "$out/uq-cluster.log"
fi

# --- 2. a worker killed while it holds a chain -----------------------------------------------------------------
rc=0
cp "$study" "$out/killed.hyperlora"
timeout 600 "$hl" train "$out/killed.hyperlora" --cluster test --secret-file "$out/secret" --bind "127.0.0.1:$p3" \
  --members "$members" > "$out/killed.log" 2>&1 &
trainer=$!
victim=""
if wait_for "$out/killed.log" "runs on 127\.0\.0\.1:($p1|$p2)$" 120; then
  if grep -q "runs on 127.0.0.1:$p1$" "$out/killed.log"; then
    victim=$p1
    kill -9 "$w1"
  else
    victim=$p2
    kill -9 "$w2"
  fi
fi
wait "$trainer" || rc=$?
if [ -n "$victim" ] && [ "$rc" -eq 0 ] && same_fits killed \
    && grep -q "127.0.0.1:$victim left or died holding it; queued again" "$out/killed.log" \
    && [ "$(grep -c "runs on" "$out/killed.log")" -ge 3 ]; then
  pass "the worker at 127.0.0.1:$victim killed (SIGKILL) holding a chain: '$(grep -m 1 'queued again' "$out/killed.log" | sed 's/^ *//')', the run finished, all fits the same bytes as alone"
else
  fail "killed worker: victim '${victim:-none took a chain}', exit $rc, fits the same: $(same_fits killed && echo yes || echo no) (log $out/killed.log)"
  tail -n 30 "$out/killed.log"
fi

# the worker still running: the one not killed
if [ "$victim" = "$p1" ]; then
  alive=$w2 alive_port=$p2 alive_log="$out/worker2.log"
else
  alive=$w1 alive_port=$p1 alive_log="$out/worker1.log"
fi

# --- 3. another secret refused; Ctrl-C leaves ------------------------------------------------------------------
rc=0
timeout 120 "$hl" worker --cluster test --secret-file "$out/bad-secret" --bind "127.0.0.1:$p4" \
  --members "127.0.0.1:$alive_port" > "$out/refused.log" 2>&1 || rc=$?
if [ "$rc" -eq 2 ] && grep -q "refused: the member at 127.0.0.1:$alive_port answers but did not accept this one" \
    "$out/refused.log" && ! grep -q -e "another secret, not" -e "the shared secret of" "$out/refused.log"; then
  pass "a worker with another secret is refused (exit 2): $(grep -m 1 'refused' "$out/refused.log")"
else
  fail "worker with another secret: exit $rc, expected 2 and the reason (log $out/refused.log)"
  tail -n 20 "$out/refused.log"
fi

# SIGTERM: a background job of a script ignores SIGINT; the JVM runs the same shutdown for both (exit 128 + signal)
rc=0
kill -TERM "$alive"
wait "$alive" || rc=$?
if [ "$rc" -eq 143 ] && grep -q "leaving cluster 'test'" "$alive_log"; then
  pass "the worker at 127.0.0.1:$alive_port stopped (SIGTERM, the shutdown Ctrl-C starts) left the cluster cleanly"
else
  fail "worker stopped with SIGTERM: exit $rc, expected 143 and 'leaving cluster' (log $alive_log)"
  tail -n 20 "$alive_log"
fi

echo "clustertest: $passed passed, $failed failed"
[ "$failed" -eq 0 ]

#!/usr/bin/env bash
# Runs the test suite while other processes keep every core busy, as on a shared or overloaded
# machine: it must pass all the same, since no test may depend on how fast the machine is.
#   scripts/test-under-load.sh [vitest arguments…]     e.g. --sequence.seed=1234 or test/slack
# BURNERS sets the number of busy processes (default: one per core).
set -euo pipefail
cd "$(dirname "$0")/.."
burners=${BURNERS:-$(node -p 'require("os").availableParallelism()')}
pids=()
stop_burners() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; }
trap stop_burners EXIT
for _ in $(seq "$burners"); do
  node -e 'for (;;) {}' &
  pids+=($!)
done
echo "== $burners CPU burner(s) running (pids ${pids[*]}); the test suite runs next to them"
uptime
npx vitest run "$@"

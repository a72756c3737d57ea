#!/usr/bin/env bash
# Set up (tools/setup.sh), then run every notebook's tests. Slow cells run too with --slow, or when CI is set.
set -uo pipefail
cd "$(dirname "$0")/.."
source tools/setup.sh || exit 1
flags=""
if [ "${1:-}" = "--slow" ] || [ -n "${CI:-}" ]; then flags="slow"; fi
export PATH="$PWD/.venv/bin:$PATH" MPLBACKEND=Agg
start=$(date +%s)
log=$(mktemp)
nbdev-test --n-workers 2 --timing ${flags:+--flags "$flags"} 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
total=$(ls nbs/*.ipynb | wc -l)
failed=$(sed -n '/Tests Failed On The Following Notebooks/,$p' "$log" | grep -c '\.ipynb' || true)
echo "notebooks tested in $(( $(date +%s) - start )) s (flags: ${flags:-none})"
echo "$((total - failed)) passed, $failed failed"
exit $status

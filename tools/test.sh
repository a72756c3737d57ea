#!/usr/bin/env bash
# Set up (tools/setup.sh), then test every notebook, each in its own process. Slow cells run too with --slow, or
# when CI is set.
set -uo pipefail
cd "$(dirname "$0")/.."
source tools/setup.sh || exit 1
flags=""
if [ "${1:-}" = "--slow" ] || [ -n "${CI:-}" ]; then flags="slow"; fi
export MPLBACKEND=Agg
.venv/bin/python tools/run_tests.py --flags "$flags"

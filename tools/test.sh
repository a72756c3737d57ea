#!/usr/bin/env bash
# Set up (tools/setup.sh), then test every notebook, each in its own process, keeping their outputs in _proc/,
# and build the docs site from them (tools/docs.py). Slow cells run too with --slow, or when CI is set.
set -uo pipefail
cd "$(dirname "$0")/.."
source tools/setup.sh || exit 1
set +e  # setup.sh stops at its first error; here every step runs and the status says whether all passed
flags=""
if [ "${1:-}" = "--slow" ] || [ -n "${CI:-}" ]; then flags="slow"; fi
export MPLBACKEND=Agg
rm -rf _proc && mkdir -p _proc && cp -r nbs/. _proc/
.venv/bin/python tools/run_tests.py --path _proc --save --flags "$flags"
status=$?
.venv/bin/python tools/docs.py || status=1
exit $status

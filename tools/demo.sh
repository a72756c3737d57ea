#!/usr/bin/env bash
# Set up (tools/setup.sh), then run the main job: `bash tools/demo.sh [--out DIR]`.
set -euo pipefail
cd "$(dirname "$0")/.."
source tools/setup.sh
MPLBACKEND=Agg .venv/bin/synth-proxy-demo "$@"

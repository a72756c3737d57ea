#!/usr/bin/env bash
# Ablations on top of the kept ranking term (issue 10, item 3): dexed + mn04, hn_pt, the first 16,384 presets of the
# training set of results/data.sh, two seeds each, compared on the results page with the 'rank' runs of curves.sh
# (same presets, same seeds). Two runs at a time, one thread each.
# Usage: nohup bash results/ablations.sh RUNS_DIR > RUNS_DIR/ablations.log 2>&1 &     (rerun to resume; finished runs are skipped)
source "$(dirname "${BASH_SOURCE[0]}")/common.sh" "$@"; wait_for dexed 16384
C="python results/curves.py --runs $R --synth dexed --encoders hn_pt --epochs 20 --sizes 16384 --threads 1 --rank-weight 0.1 --temperature 0.01 --base rank"
both() { $C "$@" --seeds 0 & $C "$@" --seeds 1; wait; }
both --tag rank-dropout --dropout 0.1      # regularisation: dropout in every highway block
both --tag rank-small --scale 0.5          # width and depth for the data size: half of each
both --tag rank-wd --wd 0.1                # regularisation: decoupled weight decay

#!/usr/bin/env bash
# The data-efficient recipe at scale (issue 10, items 2 and 4): dexed + mn04, hn_pt, on the first 128k and 256k presets of
# the training set that results/data.sh grows. One thread per run, two runs at a time (2 shared cores here).
# Usage: nohup bash results/scale.sh RUNS_DIR > RUNS_DIR/scale.log 2>&1 &     (rerun to resume: finished runs are skipped,
# a run cut short resumes from its last epoch)
source "$(dirname "${BASH_SOURCE[0]}")/common.sh" "$@"   # wait_for, RANK_HN_PT, COMBINED
C=$RANK_HN_PT
wait_for dexed 262144
$C --sizes 262144 --seeds 0 $COMBINED & $C --sizes 262144 --seeds 1 $COMBINED; wait
python results/ensemble.py --runs $R --tag rank-combined --size 262144 --seeds 0,1
$C --sizes 131072 --seeds 0 $COMBINED & $C --sizes 131072 --seeds 1 $COMBINED; wait

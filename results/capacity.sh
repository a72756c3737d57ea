#!/usr/bin/env bash
# Is the data-efficient recipe short of capacity, or over-regularised, at scale? At 512k presets its training loss
# (0.300, measured with dropout on) had reached its validation loss (0.294). dexed + mn04, hn_pt, 20 epochs, one thread
# a run, each beside rank-combined (scale.sh) on the same presets and seed:
# - no dropout (weight decay, the weight average and the one-cycle schedule kept): at 256k, two seeds, and on the
#   whole 1M set (seed 0; about 3 hours alone on one thread);
# - twice the highway blocks (12 instead of 6, about 1.35x the compute a preset), at 256k.
# Usage: nohup bash results/capacity.sh RUNS_DIR > RUNS_DIR/capacity.log 2>&1 &     (rerun to resume: finished runs are
# skipped, a run cut short resumes from its last epoch)
source "$(dirname "${BASH_SOURCE[0]}")/common.sh" "$@"   # wait_for, RANK_HN_PT, COMBINED
NODROP="$RANK_HN_PT $COMBINED --tag rank-combined-nodrop --dropout 0 --base rank-combined"
DEEP="$RANK_HN_PT $COMBINED --tag rank-combined-deep12 --blocks 12 --base rank-combined"
$NODROP --sizes 262144 --seeds 0
{ wait_for dexed 1048576; $NODROP --sizes 1048576 --seeds 0; } &
$NODROP --sizes 262144 --seeds 1; $DEEP --sizes 262144 --seeds 0; wait

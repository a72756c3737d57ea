#!/usr/bin/env bash
# Is the data-efficient recipe still over-regularised at 256k once dropout is gone? Without dropout it scored +9.8% and
# +8.7% there (capacity.sh); this takes its weight decay away too (0.1 -> 0; the ranking term, the weight average and
# the one-cycle schedule kept). dexed + mn04, hn_pt, 20 epochs, 256k presets, seeds 0 and 1 side by side, one thread
# each, compared with rank-combined-nodrop on the same presets and seeds.
# Usage: nohup bash results/nowd.sh RUNS_DIR > RUNS_DIR/nowd.log 2>&1 &     (rerun to resume)
source "$(dirname "${BASH_SOURCE[0]}")/common.sh" "$@"   # wait_for, RANK_HN_PT, COMBINED
NOWD="$RANK_HN_PT $COMBINED --tag rank-combined-nodrop-nowd --dropout 0 --wd 0 --base rank-combined-nodrop"
wait_for dexed 262144
$NOWD --sizes 262144 --seeds 0 & $NOWD --sizes 262144 --seeds 1; wait

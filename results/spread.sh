#!/usr/bin/env bash
# The calibrated distance inside the loss: rank-combined at 64k dexed presets with each embedding dimension's error
# divided by the spread of the training embeddings there (`proxy_learner(loss_scale='spread')`, 06_learner), seeds 0
# and 1, against rank-combined on the same presets and seeds. rank-combined's seed 0 is run again beside them
# (`rank-combined-again`) for its test MRR by the calibrated distance, which the first runs did not record (their
# checkpoints went with an earlier machine). Three runs side by side, one thread each.
# Usage: nohup bash results/spread.sh RUNS_DIR > RUNS_DIR/spread.log 2>&1 &     (rerun to resume)
source "$(dirname "${BASH_SOURCE[0]}")/common.sh" "$@"   # wait_for, RANK_HN_PT, COMBINED
SPREAD="$RANK_HN_PT $COMBINED --tag rank-combined-spread --loss-scale spread --base rank-combined"
AGAIN="$RANK_HN_PT $COMBINED --tag rank-combined-again --base rank-combined"
wait_for dexed 65536
$SPREAD --sizes 65536 --seeds 0 & $SPREAD --sizes 65536 --seeds 1 & $AGAIN --sizes 65536 --seeds 0; wait

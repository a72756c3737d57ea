#!/usr/bin/env bash
# The ranking term tuned, and the regularisers combined (issue 10, item 3): dexed + mn04, hn_pt, compared on the results
# page with the 'rank' runs of curves.sh on the same presets and seeds. One thread per run (2 shared cores here).
# Usage: nohup bash results/tuning.sh RUNS_DIR > RUNS_DIR/tuning.log 2>&1 &     (rerun to resume; finished runs are skipped)
# A run with temperature 0.003 was stopped by hand after 3 epochs (valid MRR 0.016, 0.018, 0.023: near chance) and is not here.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh" "$@"   # wait_for, RANK_HN_PT, COMBINED
C=$RANK_HN_PT
wait_for dexed 16384
# the ranking term: its temperature, weight and schedule (seed 0 first; a second seed only for what looked like a gain)
$C --sizes 16384 --seeds 0 --tag rank-t0.03 --temperature 0.03
$C --sizes 16384 --seeds 0 --tag rank-w0.3 --rank-weight 0.3
$C --sizes 16384 --seeds 0 --tag rank-1cycle --schedule one_cycle
# weight averaging (WeightAverage, EMA 0.99 per step), twice the width and depth, Adam's default betas
$C --sizes 16384 --seeds 0 --tag rank-ema0.99 --weight-average 0.99
$C --sizes 16384 --seeds 0 --tag rank-wide --scale 2
$C --sizes 16384 --seeds 0 --tag rank-betas --betas 0.9,0.999
# what helped a little, together: dropout, weight decay, EMA and the one-cycle schedule
$C --sizes 16384 --seeds 0,1 $COMBINED
# at the issue's budget of 64k presets: the combination (base: the ranking term, run by curves.sh), and the recipe's second seed
wait_for dexed 65536
$C --sizes 65536 --seeds 0 $COMBINED & $C --sizes 65536 --seeds 1 $COMBINED; wait
python results/curves.py --runs $R --synth dexed --encoders hn_pt --epochs 20 --threads 1 --sizes 65536 --seeds 1 --tag recipe
# pre-training on the cheap `mel` target of 64k presets (the same presets, seed 1), then fine-tuning on the first 16k of mn04
wait_for dexed 65536 mel
$C --sizes 16384 --seeds 0 --tag rank-mel64k --pretrain mel --pretrain-size 65536 & $C --sizes 16384 --seeds 1 --tag rank-mel64k --pretrain mel --pretrain-size 65536; wait
# ensembling at 64k: the mean prediction of the two seeds of the combination
python results/ensemble.py --runs $R --tag rank-combined --size 65536 --seeds 0,1
# the combination trained twice as long at 64k (its best epoch was the last one at 20 epochs)
$C --sizes 65536 --seeds 0 $COMBINED --tag rank-combined-40ep --epochs 40 --base rank-combined
# pre-training on mel (64k) with the combination, then fine-tuning on the 64k mn04 presets
$C --sizes 65536 --seeds 0 $COMBINED --tag rank-combined-mel64k --pretrain mel --base rank-combined & $C --sizes 65536 --seeds 1 $COMBINED --tag rank-combined-mel64k --pretrain mel --base rank-combined; wait

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
# at 256k for 30 epochs instead of 20 (the best epoch was the last one at 20), then ensembles of the 256k runs: the two
# 30-epoch runs, the three best by validation MRR (what ships: three fit the package's 60 MB for proxies), and all four
$C --sizes 262144 --seeds 0 $COMBINED --tag rank-combined-30ep --epochs 30 --base rank-combined & $C --sizes 262144 --seeds 1 $COMBINED --tag rank-combined-30ep --epochs 30 --base rank-combined; wait
E="python results/ensemble.py --runs $R --size 262144"
$E --tag rank-combined-30ep --seeds 0,1
$E --members rank-combined-30ep:0,rank-combined-30ep:1,rank-combined:0 --name ensemble3-rank-combined
$E --members rank-combined-30ep:0,rank-combined-30ep:1,rank-combined:0,rank-combined:1 --name ensemble4-rank-combined
# past 256k: the same recipe on the first 512k presets of the set grown toward 1M, and its ensembles with the 30-epoch pair
wait_for dexed 524288; $C --sizes 524288 --seeds 0 $COMBINED
E="python results/ensemble.py --runs $R --size 524288"
$E --members rank-combined:0,rank-combined-30ep:0@262144,rank-combined-30ep:1@262144 --name ensemble3-512k
$E --members rank-combined:0,rank-combined-30ep:0@262144 --name ensemble2-512k
# the shipped dexed proxy (the best by validation MRR) until ship.sh replaced it, and every kept checkpoint on the
# hand-crafted voices
python results/ship.py --runs $R --tag ensemble3-512k --size 524288 --seed 0 --handcrafted $R/dexed-mn04-handcrafted,$R/dexed-mn04-factory
python results/handcrafted.py --runs $R

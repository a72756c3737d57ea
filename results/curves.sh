#!/usr/bin/env bash
# The training runs of the results page (issue 10): learning curves of the paper's recipe and ablations, dexed + mn04,
# on the datasets of results/data.sh (which may still be generating: each run waits until its presets exist).
# Usage: nohup bash results/curves.sh RUNS_DIR > RUNS_DIR/curves.log 2>&1 &     (rerun to resume; finished runs are skipped)
# In this order because this session's machine (2 shared cores) could afford only the first lines; later sessions
# extend the curves (sizes up to the whole training set, hn_oh and mlp_oh, more seeds).
source "$(dirname "${BASH_SOURCE[0]}")/common.sh" "$@"   # wait_for
C="python results/curves.py --runs $R --synth dexed --epochs 20"
RANK="--tag rank --rank-weight 0.1 --temperature 0.01"   # the ranking term (ProxyLoss)
for n in 4096 8192; do wait_for dexed $n; $C --encoders hn_pt --sizes $n --seeds 0 --tag recipe; done
$C --encoders hn_pt --sizes 8192 --seeds 0,1 $RANK
$C --encoders hn_pt --sizes 8192 --seeds 1 --tag recipe
# this session's machine made ~12 dexed presets/s: 16k and 32k presets, and the runs below, beside the generation
T="--threads 1"   # one thread each while the generation holds both cores (spinning threads on busy cores cost more than they save)
wait_for dexed 16384; $C --encoders hn_pt --sizes 16384 --seeds 0 $RANK $T; $C --encoders hn_pt --sizes 16384 --seeds 0 --tag recipe $T
$C --encoders hn_pt --sizes 16384 --seeds 1 $RANK $T
python results/ensemble.py --runs $R --tag rank --size 16384 --seeds 0,1   # the ensembling ablation: the two seeds' mean prediction
wait_for dexed 32768; $C --encoders hn_pt --sizes 32768 --seeds 0 $RANK $T
$C --encoders hn_pt --sizes 16384 --seeds 1 --tag recipe $T
for n in 32768 65536; do wait_for dexed $n; $C --encoders hn_pt --sizes $n --seeds 0 --tag recipe; $C --encoders hn_pt --sizes $n --seeds 0,1 $RANK; done
for n in 4096 8192 16384; do $C --encoders hn_oh,mlp_oh --sizes $n --seeds 0 --tag recipe $T; done
# the other encoders further, two queues of one thread each: hn_oh and mlp_oh to 64k, hn_ptgru to 32k and tfm at 4k
# (measured here at 1 thread and the recipe's batch: hn_pt 0.37 ms a preset a step, hn_ptgru 4.2 ms, tfm 30.5 ms; tfm to
# 64k would take ~11 h of one core)
( $C --encoders hn_oh,mlp_oh --sizes 32768,65536 --seeds 0 --tag recipe $T; $C --encoders tfm --sizes 4096 --seeds 0 --tag recipe $T ) &
$C --encoders hn_ptgru --sizes 4096,8192,16384,32768 --seeds 0 --tag recipe $T; wait
# hn_ptgru at 64k, the issue's CPU limit for it (~2.4 h of one core alone; resumes after each epoch)
$C --encoders hn_ptgru --sizes 65536 --seeds 0 --tag recipe $T

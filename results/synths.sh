#!/usr/bin/env bash
# The training runs of the results page for va and amsynth (issue 10), on the datasets of results/data.sh (which may
# still be generating: each run waits until its presets exist). hn_pt with the paper's recipe, with the ranking term,
# and with the defaults before the recipe (lr 1e-3, batch 128) as the baseline the recipe must beat; two seeds at the
# smaller sizes, the va learning curve to 64k, and va's other encoders.
# Usage: nohup bash results/synths.sh RUNS_DIR > RUNS_DIR/synths.log 2>&1 &     (rerun to resume; finished runs are skipped)
source "$(dirname "${BASH_SOURCE[0]}")/common.sh" "$@"   # wait_for
T="--threads 1"   # one thread each: the generation, or another run, holds the other core
RANK="--tag rank --rank-weight 0.1 --temperature 0.01"
OLD="--tag before-recipe --lr 1e-3 --bs 128"
C="python results/curves.py --runs $R --encoders hn_pt --epochs 20 $T"
for s in va amsynth; do
  n=$([ $s = va ] && echo 16384 || echo 8192); wait_for $s $n
  for o in "$RANK" "--tag recipe" "$OLD"; do $C --synth $s --sizes $n --seeds 0,1 $o; done
done
for n in 32768 65536; do wait_for va $n; $C --synth va --sizes $n --seeds 0 $RANK; done
$C --synth va --sizes 65536 --seeds 0 --tag recipe
$C --synth va --sizes 16384 --seeds 0 --tag recipe --encoders mlp_oh,hn_oh    # the other encoders, the paper's recipe
# amsynth's learning curve to 64k, once its renders became ~2.5x faster (each note forked from one kept instance, 02_render):
# the ranking term and the recipe at 16k, 32k, 64k, and the defaults before the recipe at 64k
for n in 16384 32768 65536; do wait_for amsynth $n; for o in "$RANK" "--tag recipe"; do $C --synth amsynth --sizes $n --seeds 0 $o; done; done
$C --synth amsynth --sizes 65536 --seeds 0 $OLD
# ship the best amsynth run by validation MRR (the 64k ranking-term run), and score every amsynth run on its factory presets
python results/ship.py --runs $R --tag rank --synth amsynth --size 65536 --seed 0 --handcrafted $R/amsynth-mn04-handcrafted
python results/handcrafted.py --runs $R --synth amsynth

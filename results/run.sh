#!/usr/bin/env bash
# The results runs of the docs page `11_results`: mn04 proxies of dexed, va and amsynth, trained on CPU.
# Usage: bash results/run.sh [RUNS_DIR]   (datasets and checkpoints go to RUNS_DIR, default ./runs; the table to results/)
# Every step is resumable: run it again after an interruption. Each command's wall time is appended to results/times.txt.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source tools/setup.sh
export PATH=$PWD/.venv/bin:$PATH MPLBACKEND=Agg
R=${1:-runs}; mkdir -p "$R"
timed() { local t0=$SECONDS; "$@" > >(tail -n 3) ; echo "$((SECONDS - t0)) s: ${*}" | sed "s|$R/||g" >> results/times.txt; }
gen() { # synth train valid test
  timed synth-proxy-generate --synth $1 --audio-model mn04 --size $2 --seed 1 --out $R/$1-train
  timed synth-proxy-generate --synth $1 --audio-model mn04 --size $3 --seed 2 --out $R/$1-valid
  timed synth-proxy-generate --synth $1 --audio-model mn04 --size $4 --seed 3 --out $R/$1-test
}
fit() { # synth encoder: the checkpoint of the epoch of lowest validation L1, renamed when training ends
  local ckpt=$R/$1-$2.safetensors part=$R/partial-$1-$2.safetensors
  [ -f $ckpt ] || { timed synth-proxy-train --train $R/$1-train --valid $R/$1-valid --encoder $2 --epochs 10 \
    --bs 128 --lr 1e-3 --n-queries 64 --monitor valid_loss --seed 0 --out $part && mv $part $ckpt; }
}
ENCODERS="mlp_oh hn_oh hn_pt hn_ptgru"   # and the transformer (tfm) on amsynth only: 3.7x the time of hn_ptgru there
gen dexed 8192 1024 2048
gen va 8192 1024 2048
for e in $ENCODERS; do fit dexed $e; done
for e in $ENCODERS; do fit va $e; done
gen amsynth 2048 512 1024
timed synth-proxy-import --synth dexed --audio-model mn04 --out $R/dexed-handcrafted
timed synth-proxy-import --synth amsynth --audio-model mn04 --out $R/amsynth-handcrafted
for e in $ENCODERS tfm; do fit amsynth $e; done
timed synth-proxy-eval --proxies $(ls $R/{dexed,va,amsynth}-*.safetensors | paste -sd,) \
  --test $R/dexed-test,$R/va-test,$R/amsynth-test --handcrafted $R/dexed-handcrafted,$R/amsynth-handcrafted --out results/results

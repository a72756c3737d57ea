#!/usr/bin/env bash
# The datasets of the results runs (issue 10): dexed + mn04 at scale, va and amsynth + mn04, with disjoint validation and test sets.
# Usage: nohup bash results/data.sh RUNS_DIR > RUNS_DIR/data.log 2>&1 &
# Every command is resumable: rerun the script after an interruption and it finishes what is missing. The training set
# is written shard by shard in order, so its first N presets are usable (ProxyDataset(..., first=N)) long before it is done.
# Datasets never go into git (1M dexed presets are ~1.2 GB). Each command's wall time is appended to RUNS_DIR/times.txt.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source tools/setup.sh
export PATH=$PWD/.venv/bin:$PATH
R=${1:-runs}; mkdir -p "$R"
timed() { local t0=$SECONDS; "$@" 2>&1 | tail -n 2; echo "$((SECONDS - t0)) s: ${*}" >> "$R/times.txt"; }
gen() { timed synth-proxy-generate --synth "$1" --audio-model ${5:-mn04} --size "$2" --seed "$3" --out "$R/$1-${5:-mn04}-$4"; }
gen dexed 8192 2 valid
gen dexed 8192 3 test
# hand-crafted DX7 voices (04a_data.handcrafted): DawDreamer's brass cartridge, and the DX7, TX7 and FB-01 factory voices
# of Debian's hexter package (432 read, 417 kept): what the shipped dexed proxy's card scores it on
timed synth-proxy-import --synth dexed --audio-model mn04 --out "$R/dexed-mn04-handcrafted"
timed synth-proxy-import --synth dexed --audio-model mn04 --files "$(ls /usr/share/hexter/*.dx7 | paste -sd,)" --out "$R/dexed-mn04-factory"
gen dexed 262144 1 train      # the learning curves and proxies use its first 4k ... N presets
gen dexed 1048576 1 train     # the same set grown to 1M: only the shards it lacks are written
# the same presets with the cheap `mel` target (the pre-training ablation of results/tuning.sh): 73 presets/s here, mn04 64.5
gen dexed 8192 2 valid mel
gen dexed 65536 1 train mel
# va and amsynth (their shipped proxies): smaller, as their renders cost more here (va ~30 presets/s; amsynth 4.5
# with a new plugin instance per preset, 22.6 since each note is forked from one kept instance: its 8k set grew to 64k then)
gen va 2048 2 valid
gen va 2048 3 test
gen va 65536 1 train      # the learning curve uses its first 16k, 32k, 64k
gen amsynth 1024 2 valid
gen amsynth 1024 3 test
gen amsynth 65536 1 train
timed synth-proxy-import --synth amsynth --audio-model mn04 --out "$R/amsynth-mn04-handcrafted"   # its 28 factory banks

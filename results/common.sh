# Shared by the results training scripts, which start with `source "$(dirname "${BASH_SOURCE[0]}")/common.sh" "$@"`:
# strict mode, the repository root as working directory, its venv on the PATH, and R the runs directory (the script's
# first argument; default runs).
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export PATH=$PWD/.venv/bin:$PATH MPLBACKEND=Agg
R=${1:-runs}
# wait_for SYNTH N [AUDIO_MODEL]: wait until the first N presets of RUNS_DIR/SYNTH-AUDIO_MODEL-train exist (default mn04;
# its generation may still run; data.sh makes each validation set before its training set).
wait_for() { until python -c "from synth_proxy.data import ProxyDataset; ProxyDataset('$R/$1-${3:-mn04}-train', first=$2, verify=False)" 2>/dev/null; do sleep 30; done; }
# hn_pt on dexed with the ranking term, one thread a run (tuning.sh, scale.sh); COMBINED adds the regularisers kept with
# it (`DATA_EFFICIENT` in 06_learner): dropout, weight decay, the weight average and the one-cycle schedule
RANK_HN_PT="python results/curves.py --runs $R --synth dexed --encoders hn_pt --epochs 20 --threads 1 --rank-weight 0.1 --temperature 0.01 --base rank"
COMBINED="--tag rank-combined --dropout 0.1 --wd 0.1 --weight-average 0.99 --schedule one_cycle"

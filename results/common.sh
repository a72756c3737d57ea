# Shared by the results scripts: `source results/common.sh` from the repository root, with R set to the runs directory.
# wait_for SYNTH N [AUDIO_MODEL]: wait until the first N presets of RUNS_DIR/SYNTH-AUDIO_MODEL-train exist (default mn04;
# its generation may still run; data.sh makes each validation set before its training set).
wait_for() { until python -c "from synth_proxy.data import ProxyDataset; ProxyDataset('$R/$1-${3:-mn04}-train', first=$2, verify=False)" 2>/dev/null; do sleep 30; done; }

# Shared by the results scripts: `source results/common.sh` from the repository root, with R set to the runs directory.
# wait_for SYNTH N: wait until the first N presets of RUNS_DIR/SYNTH-mn04-train exist (its generation may still run).
wait_for() { until python -c "from synth_proxy.data import ProxyDataset; ProxyDataset('$R/$1-mn04-train', first=$2, verify=False)" 2>/dev/null; do sleep 30; done; }

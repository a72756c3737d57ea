#!/usr/bin/env bash
# The shipped dexed proxy (issue 10, item 5), once scale.sh and the 256k runs of capacity.sh are done: ensembles of the
# 512k run with the 256k runs without dropout or the 256k 30-epoch runs, the best by validation MRR shipped (three
# members: what fits the package's 60 MB for proxies), then every kept checkpoint on the hand-crafted voices. Drop the
# 'shipped' dexed lines of results/handcrafted.jsonl first, so that the new proxy is scored there.
# Usage: bash results/ship.sh RUNS_DIR     (an ensemble already in results/curves.jsonl is not scored again)
source "$(dirname "${BASH_SOURCE[0]}")/common.sh" "$@"
E="python results/ensemble.py --runs $R --size 524288"
$E --members rank-combined:0,rank-combined-nodrop:0@262144,rank-combined-30ep:0@262144 --name ensemble3n-512k
$E --members rank-combined:0,rank-combined-nodrop:0@262144,rank-combined-30ep:1@262144 --name ensemble3n1-512k
$E --members rank-combined:0,rank-combined-nodrop:0@262144,rank-combined-nodrop:1@262144 --name ensemble3nn-512k
# the two 256k runs without dropout alone: an ensemble from at most 256k presets (scored, not shipped: 0.615 validation)
$E --size 262144 --members rank-combined-nodrop:0,rank-combined-nodrop:1 --name ensemble-rank-combined-nodrop
python results/ship.py --runs $R --tag ensemble3nn-512k --size 524288 --seed 0 --handcrafted $R/dexed-mn04-handcrafted,$R/dexed-mn04-factory \
  --note "members: the 512k rank-combined run (dropout 0.1) and the two 256k runs without dropout (rank-combined-nodrop, seeds 0 and 1)"
python results/handcrafted.py --runs $R

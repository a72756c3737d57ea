"""The ensembling ablation: the mean prediction of proxies trained by results/curves.py on the same presets with
different seeds, scored like a single run and appended to the same results file.

    python results/ensemble.py --tag rank --synth dexed --encoder hn_pt --size 16384 --seeds 0,1

The record has tag `ensemble-<tag>`, the seed of its first member and base `<tag>` (so that the ablation table sets it
beside that member), its members in `options`, and as training time the sum of its members'.
"""
import json, time
from pathlib import Path
from types import SimpleNamespace
import torch
from fastcore.script import call_parse
from synth_proxy.learner import Proxy
from synth_proxy.data import ProxyDataset
from synth_proxy.proxies import proxy_scores

@call_parse
def main(curves:str='results/curves.jsonl', tag:str='rank', synth:str='dexed', encoder:str='hn_pt', size:int=None,
         seeds:str='0,1', runs:str='/work/runs/data'):
    "Score the ensemble of the runs `seeds` of (`tag`, `synth`, `encoder`, `size`) and append its record to `curves`."
    seeds = [int(s) for s in seeds.split(',')]
    recs = {r['seed']: r for r in map(json.loads, open(curves)) if (r['tag'], r['synth'], r['encoder'], r['size']) == (tag, synth, encoder, size)}
    if missing := [s for s in seeds if s not in recs]: raise SystemExit(f'no run {tag} {synth} {encoder} {size} for seeds {missing} in {curves}')
    members = [Proxy.load(recs[s]['checkpoint']) for s in seeds]
    ensemble = SimpleNamespace(spec=members[0].spec, audio_model=members[0].audio_model,
                               encode=lambda x: torch.stack([m.encode(x) for m in members]).mean(0))
    R = Path(runs); trn = ProxyDataset(R / f'{synth}-mn04-train', first=size)
    mean = trn.mean_embedding()
    first = recs[seeds[0]]
    rec = dict(tag=f'ensemble-{tag}', synth=synth, encoder=encoder, size=size, seed=seeds[0], epochs=first['epochs'],
               options={**first['options'], 'members': f'{tag} seeds {",".join(map(str, seeds))}'}, bs=first['bs'], lr=first['lr'],
               best_epoch=first['best_epoch'], valid=proxy_scores(ensemble, R / f'{synth}-mn04-valid'),
               test=proxy_scores(ensemble, R / f'{synth}-mn04-test', mean), member_test_mrr=[recs[s]['test']['mrr'] for s in seeds],
               train_seconds=round(sum(recs[s]['train_seconds'] for s in seeds), 1), checkpoint=None,
               threads=first['threads'], date=time.strftime('%Y-%m-%d %H:%M'), base=tag)   # compared with its first member
    with open(curves, 'a') as f: f.write(json.dumps(rec) + '\n')
    t = rec['test']
    print(f"ensemble of {tag} {synth} {encoder} {size} seeds {seeds}: test MRR {t['mrr']:.3f} ({t['x_chance']:.1f}x chance; "
          f"members {', '.join(f'{m:.3f}' for m in rec['member_test_mrr'])}), L1 {t['l1']:.4f} vs mean {t['l1_mean_embedding']:.4f}")

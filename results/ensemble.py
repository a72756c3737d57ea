"""The ensembling ablation: the mean prediction of proxies trained by results/curves.py on the same presets
(`Proxy.ensemble`), scored like a single run and appended to the same results file, its checkpoint kept for shipping.

    python results/ensemble.py --tag rank --synth dexed --encoder hn_pt --size 16384 --seeds 0,1
    python results/ensemble.py --tag rank-combined --size 262144 --members rank-combined:0,rank-combined:1,rank-combined-30ep:0 \
        --name ensemble3-rank-combined
    python results/ensemble.py --size 524288 --members rank-combined:0,rank-combined-30ep:0@262144 --name ensemble-512k

The members are the runs `--members` (TAG:SEED, ...), by default those of `--tag` with `--seeds`; a member trained on
fewer presets than `--size` (the first of the same training set) is written TAG:SEED@SIZE. The record has tag
`--name` (default `ensemble-<tag>`), the seed of its first member and base `<tag>` (so that the ablation table sets it
beside that member), its members in `options`, and as training time the sum of its members'. An ensemble already in
the file is not scored again.
"""
import json, time
from pathlib import Path
from fastcore.script import call_parse
from synth_proxy.learner import Proxy
from synth_proxy.data import ProxyDataset
from synth_proxy.proxies import proxy_scores, calibrate_on

@call_parse
def main(curves:str='results/curves.jsonl', tag:str='rank', synth:str='dexed', encoder:str='hn_pt', size:int=None,
         seeds:str='0,1', # the seeds of `tag` to ensemble, unless `members` is given
         members:str=None, # the runs to ensemble as TAG:SEED,TAG:SEED...; default: `tag` with `seeds`
         name:str=None, # the record's tag; default: ensemble-<tag>
         runs:str='/work/runs/data'):
    "Score the ensemble of the runs `members` of (`synth`, `encoder`, `size`), append its record to `curves` and keep its checkpoint."
    member = lambda t, s: (t, int(s.split('@')[0]), int(s.split('@')[1]) if '@' in s else size)   # (tag, seed, size)
    keys = [member(*m.split(':')) for m in members.split(',')] if members else [(tag, int(s), size) for s in seeds.split(',')]
    name, recs = name or f'ensemble-{tag}', list(map(json.loads, open(curves)))
    if any((r['tag'], r['synth'], r['encoder'], r['size'], r['seed']) == (name, synth, encoder, size, keys[0][1]) for r in recs):
        return print(f'{name} {synth} {encoder} {size} s{keys[0][1]} is already in {curves}')
    found = {(r['tag'], r['seed'], r['size']): r for r in recs if (r['synth'], r['encoder']) == (synth, encoder)}
    if missing := [k for k in keys if k not in found]: raise SystemExit(f'no run {synth} {encoder} {size} for {missing} in {curves}')
    member_runs = [found[k] for k in keys]
    desc = ', '.join(f'{t} s{s}' + (f' ({n} presets)' if n != size else '') for t, s, n in keys)
    ensemble = Proxy.ensemble([Proxy.load(r['checkpoint']) for r in member_runs], ensemble_of=desc)
    calibrate_on(ensemble, Path(runs) / f'{synth}-mn04-valid')   # its test record gives the calibrated distance's MRR too
    R = Path(runs); mean = ProxyDataset(R / f'{synth}-mn04-train', first=size).mean_embedding()
    first = member_runs[0]
    ckpt = ensemble.save(R / 'ckpt' / f'{name}-{synth}-{encoder}-{size}-s{first["seed"]}.safetensors')
    rec = dict(tag=name, synth=synth, encoder=encoder, size=size, seed=first['seed'], epochs=first['epochs'],
               options={**first['options'], 'members': desc}, bs=first['bs'], lr=first['lr'],
               best_epoch=first['best_epoch'], valid=proxy_scores(ensemble, R / f'{synth}-mn04-valid'),
               test=proxy_scores(ensemble, R / f'{synth}-mn04-test', mean), member_test_mrr=[r['test']['mrr'] for r in member_runs],
               member_valid_mrr=[r['valid']['mrr'] for r in member_runs],
               train_seconds=round(sum(r['train_seconds'] for r in member_runs), 1), checkpoint=str(ckpt),
               threads=first['threads'], date=time.strftime('%Y-%m-%d %H:%M'), base=first['tag'])   # compared with its first member
    with open(curves, 'a') as f: f.write(json.dumps(rec) + '\n')
    t, v = rec['test'], rec['valid']
    print(f"{name} ({desc}) {synth} {encoder} {size}: valid MRR {v['mrr']:.3f}, test MRR {t['mrr']:.3f} ({t['x_chance']:.1f}x chance; "
          f"members {', '.join(f'{m:.3f}' for m in rec['member_test_mrr'])}), L1 {t['l1']:.4f} vs mean {t['l1_mean_embedding']:.4f}")

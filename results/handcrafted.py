"""Score the runs of one synth in results/curves.jsonl on its hand-crafted presets, one JSON line per (run, set), resumable.

    python results/handcrafted.py --runs RUNS_DIR --sets dexed-mn04-handcrafted,dexed-mn04-factory --out results/handcrafted.jsonl
    python results/handcrafted.py --runs RUNS_DIR --synth amsynth      # its sets: amsynth-mn04-handcrafted

For every run of `synth` whose checkpoint is still in RUNS_DIR/ckpt (and its shipped proxy, as run 'shipped'), the MRR
among all the presets of each set (RUNS_DIR/<set>, made by results/data.sh), its chance level, the mean normalised rank and L1,
beside the L1 of the mean embedding of the run's training presets, and the MRR by the calibrated distance (each run
calibrated on RUNS_DIR/<synth>-mn04-valid first; rows written before this have none). A (run, set) already in --out
is skipped.
"""
import json
from pathlib import Path
from fastcore.script import call_parse
from synth_proxy.learner import Proxy
from synth_proxy.data import ProxyDataset
from synth_proxy.proxies import proxy_scores, list_pretrained, calibrate_on

@call_parse
def main(runs:str='/work/runs/data', # the datasets of results/data.sh and the checkpoints of results/curves.py
         synth:str='dexed', # whose runs are scored
         sets:str=None, # hand-crafted dataset directories under RUNS_DIR; default: <synth>-mn04-handcrafted (dexed: and dexed-mn04-factory)
         curves:str='results/curves.jsonl', out:str='results/handcrafted.jsonl'):
    "Score every run of `synth` with a checkpoint, and its shipped proxy, on each hand-crafted set."
    R = Path(runs)
    sets = sets or f'{synth}-mn04-handcrafted' + (',dexed-mn04-factory' if synth == 'dexed' else '')
    done = {(r['checkpoint'], r['set']) for r in map(json.loads, open(out))} if Path(out).is_file() else set()
    recs = [r for r in map(json.loads, open(curves)) if r['synth'] == synth and r.get('checkpoint') and Path(r['checkpoint']).is_file()]
    best = next(r for r in list_pretrained() if (r['synth'], r['audio_model']) == (synth, 'mn04'))   # what pretrained(synth) loads
    shipped = dict(tag='shipped', encoder=best['encoder'], size=Proxy.header(best['file'])['info']['card']['data']['train']['n'],
                   seed=0, checkpoint=best['file'])
    means = {}
    for r in [*{r['checkpoint']: r for r in recs}.values(), shipped]:
        todo = [s for s in sets.split(',') if (r['checkpoint'], s) not in done]
        if not todo: continue
        proxy = calibrate_on(Proxy.load(r['checkpoint']), R / f'{synth}-mn04-valid')   # its rows give the calibrated distance's MRR too
        if r['size'] not in means: means[r['size']] = ProxyDataset(R / f'{synth}-mn04-train', first=r['size'], verify=False).mean_embedding()
        for s in todo:
            sc = proxy_scores(proxy, R / s, means[r['size']])
            row = dict(tag=r['tag'], synth=synth, encoder=r['encoder'], size=r['size'], seed=r['seed'], checkpoint=r['checkpoint'], set=s, **sc)
            with open(out, 'a') as f: f.write(json.dumps(row) + '\n')
            print(f"{r['tag']} {synth} {r['encoder']} {r['size']} s{r['seed']} on {s}: MRR {sc['mrr']:.3f} ({sc['x_chance']:.1f}x chance), "
                  f"mean normalised rank {sc['mean_norm_rank']:.3f}", flush=True)

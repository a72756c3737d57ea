"""Ship a proxy trained by results/curves.py: build its model card and write it into the package.

    python results/ship.py --curves results/curves.jsonl --tag TAG --synth dexed --encoder hn_pt --size N --seed 0 \
        [--handcrafted RUNS_DIR/dexed-mn04-handcrafted]

The card scores the checkpoint on the validation and test sets of its run and on the hand-crafted sets given, beside
chance and the mean embedding of its training presets, by the paper's L1 and by the calibrated distance (the proxy is
calibrated on its validation set first, `calibrate_on`); `ship_proxy` writes it, in float16, to
synth_proxy/assets/proxies/<synth>-mn04-<encoder>.safetensors. It prints the card as Markdown. An ensemble of
results/ensemble.py ships the same way (its tag, the seed of its first member), as <synth>-mn04-ensemble.safetensors.
"""
import json
from pathlib import Path
from fastcore.script import call_parse
from synth_proxy.learner import Proxy
from synth_proxy.data import ProxyDataset
from synth_proxy.proxies import model_card, ship_proxy, card_markdown, calibrate_on

@call_parse
def main(curves:str='results/curves.jsonl', tag:str='recipe', synth:str='dexed', encoder:str='hn_pt', size:int=None, seed:int=0,
         runs:str='/work/runs/data', handcrafted:str='', note:str=''):
    "Card and ship the checkpoint of one run of `curves`."
    recs = [r for r in map(json.loads, open(curves)) if (r['tag'], r['synth'], r['encoder'], r['size'], r['seed']) == (tag, synth, encoder, size, seed)]
    if not recs: raise SystemExit(f'no run {tag} {synth} {encoder} {size} s{seed} in {curves}')
    r, R = recs[-1], Path(runs)
    proxy, train = Proxy.load(r['checkpoint']), ProxyDataset(R / f'{synth}-mn04-train', first=size)
    calibrate_on(proxy, R / f'{synth}-mn04-valid')   # the calibrated distance's scales (06_learner)
    members = proxy.info.get('members')   # an ensemble's: each member's training info
    proxy.info.update(best_epoch=[m.get('best_epoch') for m in members] if members else r['best_epoch'],
                      epochs=[m['epochs'] for m in members] if members else r['epochs'], loss=r['options'],
                      render=train.meta['render'])  # how its data was rendered (matching renders so)
    run = f"results/ensemble.py, the mean of {r['options']['members']}" if members else f"results/curves.py tag {tag!r}, seed {seed}"
    card = model_card(proxy, R / f'{synth}-mn04-valid', R / f'{synth}-mn04-test', train=train,
                      handcrafted=[h for h in handcrafted.split(',') if h], seconds=r['train_seconds'],
                      hardware=f"{r['threads']} CPU thread{'s' * (r['threads'] != 1)} (a shared 2-core machine)", run=run,
                      **({'note': note} if note else {}))
    v = card['data']['valid']   # the set `calibrate_on` used, as results/calibrate.py words it
    card['calibration'] = f"Proxy.calibrate on the {v['n']:,} validation presets (seed {v['seed']})"
    path = ship_proxy(proxy, card)
    print(card_markdown(card)); print(f'\nshipped: {path} ({path.stat().st_size / 2**20:.1f} MB)')

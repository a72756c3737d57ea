"""Calibrate the shipped proxies (`Proxy.calibrate`, 06_learner) on their validation sets, add the calibrated distance's
MRR to every set of their model cards, and ship them again; one JSON line per (proxy, set) in --out.

    python results/calibrate.py --runs RUNS_DIR                 # every shipped proxy whose sets are in RUNS_DIR
    python results/calibrate.py --runs RUNS_DIR --synths dexed

The sets are those the card names (validation, test, hand-crafted), found by name in RUNS_DIR (results/data.sh makes
them; a set made again from its seed is the same set). The paper's L1 figures on the card are not touched: the
scores are computed again, checked against the card (within 0.01: a set made again with another number of workers
differs a little where a synth's noise runs on from note to note, as va's does), and only the calibrated ones are
added; the records hold both distances' MRR, top-1 rate and mean normalised rank on the sets as they are now. A
proxy already calibrated is calibrated again (the same scales from the same set), its rows in --out replaced; one
whose sets are not all there is skipped.
"""
import json, time
from pathlib import Path
from fastcore.script import call_parse
from fastcore.test import test_close
from synth_proxy.learner import Proxy
from synth_proxy.proxies import list_pretrained, calibrate_on, proxy_scores, ship_proxy

@call_parse
def main(runs:str='/work/runs/data', # the datasets of results/data.sh
         synths:str='dexed,amsynth,va', # whose shipped proxies
         out:str='results/calibration.jsonl'):
    "Calibrate each shipped proxy of `synths` on its validation set, score every set of its card both ways and ship it again."
    R = Path(runs)
    for row in [r for r in list_pretrained() if r['synth'] in synths.split(',')]:
        proxy = Proxy.load(row['file']); card = proxy.info['card']
        sets = {k: R / (Path(card['data'][k]['path']).name if k in ('valid', 'test') else k.split(':', 1)[1]) for k in card['scores']}
        if missing := [str(d) for d in sets.values() if not d.is_dir()]: print(f"{row['file']}: skipped, no {', '.join(missing)}"); continue
        calibrate_on(proxy, sets['valid'])
        rows = [l for l in (Path(out).read_text().splitlines() if Path(out).is_file() else []) if json.loads(l)['synth'] != row['synth']]
        for k, d in sets.items():
            sc = proxy_scores(proxy, d)
            test_close(sc['mrr'], card['scores'][k]['mrr'], eps=1e-2)   # the card's set (va's noise makes a set made again differ a little)
            card['scores'][k].update({f: v for f, v in sc.items() if f.endswith('_calibrated')})
            rec = dict(synth=row['synth'], encoder=row['encoder'], set=k, n=sc['n'], candidates=sc['candidates'], chance=sc['chance'],
                       **{f'{m}{c}': sc[f'{m}{c}'] for m in ('mrr', 'top1', 'mean_norm_rank') for c in ('', '_calibrated')},
                       date=time.strftime('%Y-%m-%d %H:%M'))
            rows.append(json.dumps(rec))
            print(f"{row['synth']} {k}: MRR {sc['mrr']:.4f} ({sc['x_chance']:.1f}x) -> calibrated {sc['mrr_calibrated']:.4f} "
                  f"({sc['x_chance_calibrated']:.1f}x)", flush=True)
        Path(out).write_text('\n'.join(rows) + '\n')
        card['calibration'] = f"Proxy.calibrate on the {card['data']['valid']['n']:,} validation presets (seed {card['data']['valid']['seed']})"
        print(f'shipped: {ship_proxy(proxy, card)}')

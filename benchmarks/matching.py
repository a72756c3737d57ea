"""Sound matching, evaluated as the original work does, with baselines; prints JSON lines, then a markdown table.

Run from the repo root after `nbdev-test nbs/09_matching.ipynb` (which caches its toy proxy and pairs):
`.venv/bin/python benchmarks/matching.py [--n-targets 16]`; for a real proxy, give it with the datasets it was trained on:
`--proxy P --pairs TRAIN_DIR --valid VALID_DIR [--n-train 4096]`. Candidates are rendered with the render settings the
proxy's checkpoint records (`info['render']`), else the paper's at the audio model's rate.

Targets, all at the proxy's render settings (MIDI 60):
- `synthetic`: held-out random presets of the synth (seed 7), sounding ones;
- `handcrafted`: the voices of DawDreamer's DX7 brass cartridge (INIT VOICEs left out);
- `gm`: middle-C notes of real sampled instruments, FluidR3 GM SoundFont through FluidSynth (Debian `fluid-soundfont-gm`).
Methods (one row each): `nn` (nearest neighbour by audio embedding among the proxy's training presets), `random`
(a random preset, the floor), `search` (`match`: proxy search, best k re-ranked by rendering), `est_param`, `est_mix`,
`est_switch` (estimators trained here on the same pairs with each schedule), `est+search` (`match` started from the
three estimators' guesses and random presets). Columns: mn04 L1 between target and match embeddings, STFT, multi-scale
STFT, mel and MFCC L1 (`audio_distances`), numerical MAE and categorical accuracy (synthetic targets only), seconds per
match (the estimator's training is not counted).
"""
import argparse, os, platform, time
from pathlib import Path
import numpy as np
import torch
from fastai.data.core import DataLoaders
from fastai.data.load import DataLoader
from fastai.torch_core import set_seed
from synth_proxy.synths import get_synth
from synth_proxy.synths.dexed import read_cartridge
from synth_proxy.handcrafted import dexed_factory_cartridge
from synth_proxy.render import render, RenderSettings
from synth_proxy.learner import Proxy
from synth_proxy.matching import match, proxy_parts
from synth_proxy.estimator import PresetEstimator, estimator_learner, estimate, audio_distances, SCHEDULES
from _common import emit

REPO = Path(__file__).resolve().parent.parent
os.environ.setdefault('SYNTH_PROXY_MN04_WEIGHTS', str(REPO.parent / 'shared' / 'weights' / 'mn04_as_mAP_432.pt'))
TOY = Path('/tmp/synth_proxy_09_matching')
GM = {0: 'piano', 4: 'e-piano', 11: 'vibraphone', 16: 'organ', 24: 'nylon guitar', 33: 'bass', 40: 'violin', 56: 'trumpet',
      60: 'french horn', 65: 'alto sax', 71: 'clarinet', 73: 'flute', 80: 'square lead', 81: 'saw lead', 89: 'warm pad', 19: 'church organ'}

def gm_notes(settings, programs):
    "Middle-C notes of GM programs from FluidR3_GM, mono, at the render settings."
    import fluidsynth
    out = []
    for prog in programs:
        fs = fluidsynth.Synth(samplerate=float(settings.sample_rate))
        sf = fs.sfload('/usr/share/sounds/sf2/FluidR3_GM.sf2')
        fs.program_select(0, sf, 0, prog)
        pre = fs.get_samples(int(settings.note_start * settings.sample_rate))
        fs.noteon(0, settings.note, settings.velocity)
        on = fs.get_samples(int(settings.note_duration * settings.sample_rate))
        fs.noteoff(0, settings.note)
        rest = fs.get_samples(settings.n_samples - len(pre) // 2 - len(on) // 2)
        a = np.concatenate([pre, on, rest]).astype(np.float32).reshape(-1, 2).mean(1) / 32768
        out.append(a[:settings.n_samples] / max(1e-6, np.abs(a).max()) * 0.5)
        fs.delete()
    return np.stack(out)

def load_pairs(args, spec) -> dict:
    "Training and validation pairs: the toy npz of 09_matching, another npz, or dataset directories (`--pairs`, `--valid`)."
    if args.pairs is None or str(args.pairs).endswith('.npz'):
        return dict(np.load(args.pairs or next(TOY.glob(f'dexed_mn04_{spec.hash}_*.npz'))))
    from synth_proxy.data import ProxyDataset
    if args.valid is None: raise SystemExit('a dataset directory as --pairs needs --valid DATASET too')
    out = {}
    for k, path, n in (('t', args.pairs, args.n_train), ('v', args.valid, max(256, args.n_train // 4))):
        ds = ProxyDataset(path, spec, first=n) if k == 't' else ProxyDataset(path, spec)   # a training set may still be generating
        x, y = ds.batch(np.arange(min(n, len(ds))))
        out['x' + k], out['y' + k] = x.numpy(), y.numpy()
    return out

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--proxy', default=str(TOY / 'toy_dexed_mn04.safetensors'))
    ap.add_argument('--pairs', default=None, help='npz of the proxy training pairs (xt, yt, xv, yv), or the training dataset directory')
    ap.add_argument('--valid', default=None, help='validation dataset directory (with a directory --pairs)')
    ap.add_argument('--n-train', type=int, default=4096, help='training pairs read from a dataset directory (NN baseline, estimators)')
    ap.add_argument('--n-targets', type=int, default=16)
    ap.add_argument('--n-starts', type=int, default=128); ap.add_argument('--steps', type=int, default=100)
    ap.add_argument('--k', type=int, default=8); ap.add_argument('--epochs', type=int, default=20)
    ap.add_argument('--width', type=float, default=0.5); ap.add_argument('--threads', type=int, default=1)
    args = ap.parse_args()
    torch.set_num_threads(args.threads)
    proxy = Proxy.load(args.proxy)
    synth, am, settings = proxy_parts(proxy)
    spec = synth.spec
    pairs = load_pairs(args, spec)
    base = dict(proxy=str(args.proxy), proxy_info=proxy.info.get('metrics'), threads=args.threads,
                load_avg_1min=round(os.getloadavg()[0], 2), cpu=platform.machine())
    # targets
    xs = spec.sample(4 * args.n_targets, seed=7)
    a = render(synth, xs, settings)
    keep = np.flatnonzero(np.sqrt((a ** 2).mean(1)) > 0.01)[:args.n_targets]
    names, voices = read_cartridge(dexed_factory_cartridge())
    hand = [i for i, n in enumerate(names) if n != 'INIT VOICE'][:args.n_targets]
    targets = dict(synthetic=(a[keep], xs[keep]),
                   handcrafted=(render(synth, spec.from_synth(voices[hand], snap=True), settings), None),
                   gm=(gm_notes(settings, list(GM)[:args.n_targets]), None))
    # estimators
    t0 = time.time()
    def mels(x):
        with torch.no_grad(): return torch.cat([mel(torch.from_numpy(render(synth, c, settings))) for c in np.array_split(x, max(1, len(x) // 256))])
    mel = PresetEstimator(spec, settings.sample_rate, args.width).mel
    mt, mv = mels(pairs['xt']), mels(pairs['xv'])
    item = lambda m, x, y: list(zip(m, zip(torch.from_numpy(x), torch.from_numpy(y))))
    ests = {}
    for s in SCHEDULES:
        set_seed(0, reproducible=True)
        dls = DataLoaders(DataLoader(item(mt, pairs['xt'], pairs['yt']), bs=64, shuffle=True, drop_last=True),
                          DataLoader(item(mv, pairs['xv'], pairs['yv']), bs=256))
        learn = estimator_learner(dls, PresetEstimator(spec, settings.sample_rate, args.width), proxy, s, lr=3e-3)
        t1 = time.time()
        with learn.no_bar(), learn.no_logging(): learn.fit_one_cycle(args.epochs)
        ests[s] = learn.model.eval()
        emit(**base, kind='estimator', schedule=s, epochs=args.epochs, width=args.width, train_s=round(time.time() - t1, 1),
             valid=dict(zip(learn.recorder.metric_names[2:-1], (round(float(v), 4) for v in learn.recorder.values[-1][1:]))))
    yt = torch.from_numpy(pairs['yt'])
    def one(method, audio, i):
        "The preset found for target `audio` by `method`, and its seconds."
        t = time.time()
        if method == 'nn':
            e = am.embed(audio, sample_rate=settings.sample_rate)[0]
            x = pairs['xt'][int((yt - e).abs().mean(1).argmin())][None]
        elif method == 'random': x = spec.sample(1, seed=1000 + i)
        elif method.startswith('est_'): x = estimate(ests[method[4:]], audio[None])
        else:
            starts = None
            if method == 'est+search':
                guesses = np.concatenate([estimate(e, audio[None]) for e in ests.values()])
                starts = np.concatenate([guesses, spec.sample(args.n_starts - len(guesses), seed=i)])
            x = match(audio, proxy, settings.sample_rate, k=args.k, n_starts=args.n_starts, steps=args.steps, seed=i,
                      synth=synth, audio_model=am, settings=settings, starts=starts).presets[:1]
        return x, time.time() - t
    rows = []
    methods = ['nn', 'random', 'search'] + [f'est_{s}' for s in SCHEDULES] + ['est+search']
    for domain, (audio, truth) in targets.items():
        te = am.embed(audio, sample_rate=settings.sample_rate)
        for method in methods:
            found, secs = zip(*[one(method, a_, i) for i, a_ in enumerate(audio)])
            x = np.concatenate(found)
            r = render(synth, x, settings)   # the searches already rendered theirs; the cost of a render is counted once here
            d = dict(mn04=float((am.embed(r, sample_rate=settings.sample_rate) - te).abs().mean()),
                     **audio_distances(audio, r, settings.sample_rate))
            if truth is not None:
                num = [j for j, p in enumerate(spec.used) if p.kind != 'categorical']
                cat = [j for j, p in enumerate(spec.used) if p.kind == 'categorical']
                d.update(num_mae=float(np.abs(x[:, num] - truth[:, num]).mean()), cat_acc=float((x[:, cat] == truth[:, cat]).mean()))
            row = dict(domain=domain, method=method, n=len(audio), s_per_match=round(float(np.mean(secs)), 3), **{k: round(v, 4) for k, v in d.items()})
            emit(**base, kind='result', **row); rows.append(row)
    cols = ['mn04', 'stft', 'mstft', 'mel', 'mfcc', 'num_mae', 'cat_acc', 's_per_match']
    print('\n| domain | method | ' + ' | '.join(cols) + ' |\n|' + '---|' * (len(cols) + 2))
    for r in rows: print(f"| {r['domain']} | {r['method']} | " + ' | '.join(str(r.get(c, '')) for c in cols) + ' |')
    print(f"\n{time.time() - t0:.0f} s in all")

if __name__ == '__main__': main()

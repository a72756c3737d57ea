"""Audio-model cost per 4 s clip, beside the cost of rendering one preset; prints JSON lines.

Run from the repo root: `.venv/bin/python benchmarks/audio.py`. The mn04 checkpoint is taken from
$SYNTH_PROXY_MN04_WEIGHTS, else from ../shared/weights next to the repository.
"""
import json, os, platform, statistics, time
from pathlib import Path
import numpy as np
import torch
from synth_proxy.audio import get_audio_model, resample, as_audio
from synth_proxy.efficientat import frame_windows
from _common import emit as _emit, timeit as _timeit

REPO = Path(__file__).resolve().parent.parent
WEIGHTS = os.environ.get('SYNTH_PROXY_MN04_WEIGHTS', str(REPO.parent / 'shared' / 'weights' / 'mn04_as_mAP_432.pt'))
SECS, N = 4, 32
DEVICES = ['cpu'] + (['cuda'] if torch.cuda.is_available() else [])
BASE = dict(torch=torch.__version__, threads=torch.get_num_threads(), cpu=platform.processor() or platform.machine())

def emit(**kw): _emit(**BASE, **kw)

def timeit(f, repeat=5, warmup=1): return _timeit(f, repeat, warmup)

def clips(rate, n=N, seed=0):
    "n band-limited sawtooth notes with random pitch and a decaying envelope: rendered-synth-like audio."
    rng, t = np.random.default_rng(seed), np.arange(SECS * rate) / rate
    out = []
    for f0 in rng.uniform(55, 880, n):
        ks = np.arange(1, int(min(15000, rate / 2) // f0) + 1)
        x = (np.sin(2 * np.pi * f0 * t[:, None] * ks) / ks).sum(1) * np.exp(-t * rng.uniform(0.2, 2))
        out.append(0.3 * x)
    return np.stack(out).astype(np.float32)

def bench_models():
    res = {}
    for device in DEVICES:
        for name in ('mel', 'mn04', 'mn04_mel'):
            kw = {} if name == 'mel' else dict(weights=WEIGHTS)
            m = get_audio_model(name, device=device, **kw)
            x = clips(m.sample_rate)
            for b in (1, N):
                s = timeit(lambda: m.embed(x[:b], m.sample_rate, batch_size=b), repeat=7 if b == 1 else 3)
                res[(device, name, b)] = 1000 * s / b
                emit(bench='embed', model=name, device=device, batch=b, ms_per_clip=round(1000 * s / b, 2), dims=m.dims)
    return res

def bench_naive_loop(device='cpu'):
    "mn04 one window at a time (81 forward passes per clip) against one batched pass."
    m = get_audio_model('mn04', device=device, weights=WEIGHTS)
    x = as_audio(clips(m.sample_rate, 1)).to(device)
    def naive():
        with torch.no_grad():
            w = frame_windows(x)[0]
            torch.stack([m.net.block_features(m.logmel(w[i:i + 1])[:, None])[0] for i in range(len(w))]).mean(0)
    loop = timeit(naive, repeat=3, warmup=0)
    batched = timeit(lambda: m.embed(x, m.sample_rate, batch_size=1), repeat=7)
    emit(bench='mn04_batched_vs_loop', device=device, windows_per_clip=int(frame_windows(x).shape[1]),
         loop_ms_per_clip=round(1000 * loop, 2), batched_ms_per_clip=round(1000 * batched, 2),
         speedup=round(loop / batched, 2))

def bench_resample():
    x = as_audio(clips(44100))
    s = timeit(lambda: resample(x, 44100, 32000), repeat=5)
    emit(bench='resample_44100_to_32000', batch=N, ms_per_clip=round(1000 * s / N, 2))
    return 1000 * s / N

def bench_render():
    "dexed-py renders one 4 s DX7 note (first voice of the brass cartridge DawDreamer ships); the cost of one preset."
    import dexed, dawdreamer
    bank = Path(dawdreamer.__file__).parent / 'faustlibraries' / 'dx7presets' / 'brass.syx'
    synth = dexed.DexedSynth(44100.0)
    synth.load_patch(dexed.Patch.load_bank(str(bank))[0])
    a = synth.render(60, 100, 3.0, float(SECS))
    s = timeit(lambda: synth.render(60, 100, 3.0, float(SECS)), repeat=20)
    emit(bench='render', synth='dexed', seconds=SECS, ms_per_note=round(1000 * s, 2), rms=round(float(np.sqrt((a ** 2).mean())), 4))
    return 1000 * s

if __name__ == '__main__':
    if not DEVICES[1:]: emit(bench='note', gpu=False, msg='no CUDA device on this machine: CPU figures only')
    emb = bench_models()
    bench_naive_loop()
    rs = bench_resample()
    rd = bench_render()
    for (device, name, b), ms in emb.items():
        emit(bench='embed_vs_render', model=name, device=device, batch=b, embed_ms_per_clip=round(ms, 2),
             resample_ms_per_clip=round(rs, 2), render_ms_per_note=round(rd, 2), ratio=round((ms + rs) / rd, 2))

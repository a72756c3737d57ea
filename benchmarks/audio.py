"""Audio-model cost per clip at the generation's own settings, every backend side by side; prints JSON lines.

Run from the repo root: `.venv/bin/python benchmarks/audio.py [--repeat 7]`. The clips are real dexed renders at the
generation's settings (5 s notes at 32 kHz; `mel` gets them at its 44.1 kHz). The mn04 checkpoint is taken from
$SYNTH_PROXY_MN04_WEIGHTS, else from ../shared/weights next to the repository.

- `embed`: ms per clip of each model and backend at batch 1, 16 (the generation's chunk size) and 32, the median of
  `--repeat` runs, with `max_abs_diff` against the PyTorch reference of the same model on the same clips.
- `speedup`: the reference's time divided by the fast backend's, per model and batch: both are timed in turn in each
  round (so that a busy or drifting machine slows both alike), as the ratio of the medians and the median ratio per round.
- `mn04_parts`: where mn04's time goes (log-mels per window, shared-frame log-mels, network in PyTorch, in OpenVINO on
  all the batch's windows at once, and one clip's windows a pass as `embed` runs it).
- `render`: ms per dexed note, the cost the embedding is compared with.
"""
import argparse, os, platform, statistics, time
from pathlib import Path
import numpy as np
import torch
from synth_proxy.audio import get_audio_model, as_audio, resample
from synth_proxy.efficientat import frame_windows, openvino_block_features
from synth_proxy.synths import get_synth
from synth_proxy.render import render, RenderSettings
from _common import emit as _emit, timeit

REPO = Path(__file__).resolve().parent.parent
os.environ.setdefault('SYNTH_PROXY_MN04_WEIGHTS', str(REPO.parent / 'shared' / 'weights' / 'mn04_as_mAP_432.pt'))
BASE = dict(torch=torch.__version__, threads=torch.get_num_threads(), cpu=platform.processor() or platform.machine(),
            load_avg_1min=round(os.getloadavg()[0], 2))
BATCHES = (1, 16, 32)

def emit(**kw): _emit(**BASE, **kw)

def dexed_notes(n=32, rate=32000, seed=0):
    "n audible random dexed presets rendered as the generation renders them (5 s, note held 2 s)."
    synth, settings = get_synth('dexed'), RenderSettings(sample_rate=rate)
    p = synth.spec.sample(4 * n, seed)
    a = render(synth, p, settings)
    keep = np.flatnonzero(np.sqrt((a.astype(np.float64) ** 2).mean(1)) > 0.01)[:n]
    return torch.from_numpy(a[keep]).float()

def interleaved(fns:dict, repeat:int) -> dict:
    "Median seconds of each of `fns`, timed in turn within each of `repeat` rounds, and the median per-round ratio to the first."
    for f in fns.values(): f()                                   # warm-up (OpenVINO compiles for the shape here)
    ts = {k: [] for k in fns}
    for _ in range(repeat):
        for k, f in fns.items(): t0 = time.perf_counter(); f(); ts[k].append(time.perf_counter() - t0)
    first = next(iter(fns))
    return {k: statistics.median(v) for k, v in ts.items()}, {k: statistics.median(a / b for a, b in zip(ts[first], v)) for k, v in ts.items()}

def bench_backends(repeat):
    x32 = dexed_notes()
    for name in ('mn04', 'mn04_mel', 'mel'):
        backends = ('torch', 'openvino') if name != 'mel' else (None,)
        models = {b: get_audio_model(name, **({'backend': b} if b else {})) for b in backends}
        x = x32 if name != 'mel' else resample(x32, 32000, 44100)
        ref = models[backends[0]].embed(x, models[backends[0]].sample_rate)
        diff = {b: float((m.embed(x, m.sample_rate) - ref).abs().max()) for b, m in models.items()}
        for bs in BATCHES:
            med, ratio = interleaved({b: (lambda m=m: m.embed(x[:bs], m.sample_rate, batch_size=bs)) for b, m in models.items()}, repeat)
            for b, m in models.items():
                emit(bench='embed', model=name, backend=m.backend, batch=bs, clip_s=x.shape[1] / m.sample_rate,
                     ms_per_clip=round(1000 * med[b] / bs, 2), max_abs_diff=diff[b])
            if len(backends) == 2:
                emit(bench='speedup', model=name, batch=bs, torch_ms=round(1000 * med['torch'] / bs, 2),
                     openvino_ms=round(1000 * med['openvino'] / bs, 2), speedup_of_medians=round(med['torch'] / med['openvino'], 2),
                     median_speedup_per_round=round(ratio['openvino'], 2), rounds=repeat)
    return x32

def bench_parts(x, repeat, bs=32):
    "mn04's stages at batch `bs`: log-mels per window vs shared frames; the network in PyTorch vs OpenVINO."
    m = get_audio_model('mn04', backend='openvino')
    x = x[:bs]
    with torch.inference_mode():
        w = frame_windows(x); n, W = w.shape[:2]
        lm = m.windows(x).reshape(n * W, 1, 128, 16)
        ov = openvino_block_features(m.fast)
        t = dict(logmel_per_window=timeit(lambda: m.logmel(w.reshape(n * W, -1)), repeat=repeat),
                 logmel_shared_frames=timeit(lambda: m.windows(x), repeat=repeat),
                 network_torch=timeit(lambda: m.fast.block_features(lm.contiguous(memory_format=torch.channels_last)), repeat=repeat),
                 network_openvino=timeit(lambda: ov(lm.numpy()), repeat=repeat),
                 network_openvino_clip_a_pass=timeit(lambda: [ov(c) for c in np.split(lm.numpy(), n)], repeat=repeat))
    emit(bench='mn04_parts', batch=bs, windows_per_clip=W, **{k + '_ms_per_clip': round(1000 * v / bs, 2) for k, v in t.items()})

def bench_render(repeat):
    synth, settings = get_synth('dexed'), RenderSettings(sample_rate=32000)
    p = synth.spec.sample(16, 1)
    s = timeit(lambda: render(synth, p, settings), repeat=repeat)
    emit(bench='render', synth='dexed', seconds=settings.duration, ms_per_note=round(1000 * s / len(p), 2))

if __name__ == '__main__':
    ap = argparse.ArgumentParser(); ap.add_argument('--repeat', type=int, default=7); a = ap.parse_args()
    torch.set_num_threads(2)
    x = bench_backends(a.repeat)
    bench_parts(x, a.repeat)
    bench_render(a.repeat)

"""Proxy encoding against the real thing: presets/s of `Proxy.encode` vs render + embed for the same presets.

Run from the repo root: `.venv/bin/python benchmarks/proxy.py [--synth dexed] [--audio mn04] [--n 64]`. The render
and embed path is DawDreamer/dexed-py at the paper's render settings followed by the audio model, in this process
(one engine); the proxy path is `Proxy.encode` of the same presets (an untrained proxy: its speed is a trained one's).
The mn04 checkpoint is taken from $SYNTH_PROXY_MN04_WEIGHTS, else from ../shared/weights next to the repository.
Prints JSON lines; the last ones give the speedup ratio of each encoder against render + embed.
"""
import argparse, json, os, platform, statistics, time
from pathlib import Path
import torch
from synth_proxy.audio import get_audio_model
from synth_proxy.encoders import ENCODERS, build_encoder
from synth_proxy.learner import Proxy
from synth_proxy.render import RenderSettings, render
from synth_proxy.synths import get_synth
from _common import emit, timeit

REPO = Path(__file__).resolve().parent.parent
WEIGHTS = os.environ.get('SYNTH_PROXY_MN04_WEIGHTS', str(REPO.parent / 'shared' / 'weights' / 'mn04_as_mAP_432.pt'))

if __name__ == '__main__':
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument('--synth', default='dexed'); ap.add_argument('--audio', default='mn04')
    ap.add_argument('--n', type=int, default=64, help='presets rendered and embedded')
    ap.add_argument('--big', type=int, default=1024, help='presets of the large-batch proxy measure')
    ap.add_argument('--encoders', nargs='*', default=list(ENCODERS))
    a = ap.parse_args()
    synth = get_synth(a.synth)
    am = get_audio_model(a.audio, **({} if a.audio == 'mel' else dict(weights=WEIGHTS)))
    settings = RenderSettings()
    x = synth.spec.sample(a.n, seed=0)
    base = dict(synth=a.synth, audio_model=a.audio, torch=torch.__version__, threads=torch.get_num_threads(),
                cpu=platform.processor() or platform.machine(), load_avg=round(os.getloadavg()[0], 2))
    render(synth, x[:1], settings)                      # open the engine outside the timing
    t0 = time.perf_counter(); audio = render(synth, x, settings); t_render = time.perf_counter() - t0
    t0 = time.perf_counter(); am.embed(audio, sample_rate=settings.sample_rate, batch_size=32); t_embed = time.perf_counter() - t0
    real = a.n / (t_render + t_embed)
    emit(bench='render+embed', n=a.n, render_ms_per_preset=round(1000 * t_render / a.n, 2),
         embed_ms_per_preset=round(1000 * t_embed / a.n, 2), presets_per_s=round(real, 2), **base)
    xb = synth.spec.sample(a.big, seed=1)
    devices = ['cpu'] + (['cuda'] if torch.cuda.is_available() else [])
    for device in devices:
        for name in a.encoders:
            proxy = Proxy(build_encoder(name, synth.spec, am.dims), synth.spec, am.name, synth.name)
            same = a.n / timeit(lambda: proxy.encode(x, device=device))
            big = a.big / timeit(lambda: proxy.encode(xb, batch_size=1024, device=device), repeat=1, warmup=0)
            one = 1 / timeit(lambda: proxy.encode(x[:1], device=device), repeat=10)
            emit(bench='proxy_encode', encoder=name, device=device, params=proxy.encoder.n_params,
                 presets_per_s_same=round(same, 1), presets_per_s_batch1024=round(big, 1), presets_per_s_single=round(one, 1),
                 speedup_same=round(same / real, 1), speedup_batch1024=round(big / real, 1), **base)

"""Dataset generation throughput and memory: `python benchmarks/generate.py [--quick]`.

Prints JSON lines:
- `generate`: presets/s end-to-end (`generate_dataset` as a CPU machine runs it: each worker draws, renders and
  embeds its chunks; and with the main process embedding, as a GPU machine runs it), render-only (the same chunks, the
  same workers, no embedding; and the previous design, where the parent draws and the workers render one note per
  message), embed-only (the kept presets, in the main process, with each mn04 backend), the ratio end-to-end time /
  (render-only time + embed-only time) (1.0: no overlap at all; lower is better), draws per kept preset, and peak RSS
  (main process, and main + workers) while generating, and the steady rate of a long generation (the end-to-end time
  less that of a run of one chunk per worker, which pays the same start-up: workers, engines, audio models); for
  dexed+mn04 (--size presets, 2,048 by default, at the generation's own chunk size; the audio model compiled beforehand
  for the thread count generation gives it, so that the figures are the steady state of a long run) and amsynth+mn04
  (--amsynth-size presets) twice: with each note forked from one kept instance (the default) and with a new instance
  loaded per preset (`fork=False`), then the ratio of their end-to-end rates.
  On a GPU machine mn04 embeds there, in the main process (`--device auto` takes CUDA when there is one), and
  `--workers 0` renders on every CPU core: `python benchmarks/generate.py --workers 0 --skip-iterate --size 8192`.
- `mmap_iterate`: a synthetic dataset of 1M presets in the real format (va's spec, mn04's 192 dims, shards of
  65536) iterated once by the shuffled training `DataLoader` in a fresh process: batches/s and peak RSS (total,
  anonymous, file-backed), with `MmapDL`'s explicit page release off (the default) and after every batch.
"""
import argparse, dataclasses, json, os, shutil, sys, tempfile, threading, time
from pathlib import Path
import numpy as np
import psutil

def rss_parts() -> dict:
    "This process's resident memory (kB) by kind, from /proc/self/status: anonymous, file-backed."
    d = dict(l.split(':') for l in open('/proc/self/status') if l.startswith(('RssAnon', 'RssFile')))
    return {k: int(v.split()[0]) for k, v in d.items()}

def peak_rss(fn, *args, **kwargs):
    "Run `fn`, sampling RSS every 50 ms: (result, peak main MB, peak main + children MB, peak anon MB, peak file MB)."
    me, peaks, stop = psutil.Process(), [0, 0, 0, 0], threading.Event()
    def sample():
        while not stop.is_set():
            try:
                main = me.memory_info().rss
                kids = sum(c.memory_info().rss for c in me.children(recursive=True) if c.is_running())
                p = rss_parts()
                peaks[:] = max(peaks[0], main), max(peaks[1], main + kids), max(peaks[2], p['RssAnon'] * 1024), max(peaks[3], p['RssFile'] * 1024)
            except psutil.Error: pass
            stop.wait(0.05)
    t = threading.Thread(target=sample, daemon=True); t.start()
    try: res = fn(*args, **kwargs)
    finally: stop.set(); t.join()
    return (res, *[round(v / 2**20, 1) for v in peaks])

def bench_generate(synth_name, model_name, size, workers, tmp, chunk_size=16, device='cpu', options=None):
    from functools import partial
    from synth_proxy.data import generate_dataset, render_ahead, draw_chunk, shard_jobs, dataset_meta, embed_chunk, torch_threads
    from synth_proxy.synths import get_synth
    from synth_proxy.audio import get_audio_model
    from synth_proxy.render import RenderSettings, RenderPool
    synth, am = get_synth(synth_name), get_audio_model(model_name, device=device)
    if options: synth = dataclasses.replace(synth, options={**synth.options, **options})
    ref = get_audio_model(model_name, backend='torch', device=device)
    settings = RenderSettings(sample_rate=am.sample_rate)
    meta = dataset_meta(synth, am, settings, seed=123, size=size, shard_size=size, chunk_size=chunk_size)
    meta = json.loads(json.dumps(meta))
    jobs = shard_jobs(meta, 0)
    t = time.time(); chunks = list(render_ahead(synth, settings, partial(draw_chunk, synth), jobs, workers)); t_render = time.time() - t
    with RenderPool(synth, settings, workers) as pool:   # the previous design: the parent draws, the workers render one note a message
        t = time.time(); [draw_chunk(synth, lambda p: pool.render(p, progress=False).audio, **j) for j in jobs]; t_render_notes = time.time() - t
    draws = int(sum((c['attempts'] + 1).sum() for c in chunks))
    audio = [c['audio'] for c in chunks]
    t = time.time(); [embed_chunk(ref, dict(audio=a), meta, j['start']) for a, j in zip(audio, jobs)]; t_embed_ref = time.time() - t
    t = time.time(); [embed_chunk(am, dict(audio=a), meta, j['start']) for a, j in zip(audio, jobs)]; t_embed = time.time() - t
    with torch_threads(max(1, (os.cpu_count() or 1) - workers)): embed_chunk(am, dict(audio=audio[0]), meta, 0)  # compiled as generation runs it
    del chunks, audio
    def end_to_end(embed_in, n=size):
        out = Path(tmp) / f'{synth_name}-{model_name}-{embed_in}-{n}'
        t = time.time()
        _, main_mb, total_mb, *_ = peak_rss(generate_dataset, synth, am, n, 123, out, settings, workers=workers, shard_size=n,
                                            chunk_size=chunk_size, progress=False, embed_in=embed_in)
        t = time.time() - t; shutil.rmtree(out)
        return t, main_mb, total_mb
    on_cpu = device == 'cpu'   # on a GPU the main process embeds; on a CPU by default each worker draws and embeds
    t_all, main_mb, total_mb = end_to_end('workers' if on_cpu else 'main')
    t_main, main_mb_main, total_mb_main = end_to_end('main') if on_cpu else (t_all, main_mb, total_mb)   # workers draw, this process embeds
    # a long generation's rate: the same run minus one of a chunk per worker (starting the workers, building and compiling
    # the audio model in each, and the first chunks), so that a short benchmark does not charge the start-up to every preset
    small = chunk_size * max(1, workers)
    steady = lambda mode, t: round((size - small) / (t - end_to_end(mode, small)[0]), 2) if size > 2 * small else None
    steady_all, steady_main = steady('workers' if on_cpu else 'main', t_all), steady('main', t_main) if on_cpu else None
    return dict(bench='generate', synth=synth_name, options=options or {}, audio_model=model_name, backend=am.backend, device=device, workers=workers, size=size,
                chunk_size=chunk_size, draws_per_kept_preset=round(draws / size, 2), render_only_presets_per_s=round(size / t_render, 2),
                embed_only_presets_per_s=round(size / t_embed, 2), embed_only_torch_presets_per_s=round(size / t_embed_ref, 2),
                end_to_end_presets_per_s=round(size / t_all, 2), end_to_end_s=round(t_all, 2), render_only_s=round(t_render, 2),
                embed_only_s=round(t_embed, 2), ratio_end_to_end_vs_sum=round(t_all / (t_render + t_embed), 3),
                peak_rss_main_mb=main_mb, peak_rss_total_mb=total_mb,
                end_to_end_main_embeds_presets_per_s=round(size / t_main, 2), ratio_main_embeds_vs_sum=round(t_main / (t_render + t_embed), 3),
                speedup_embed_in_workers=round(t_main / t_all, 2), peak_rss_main_embeds_main_mb=main_mb_main,
                peak_rss_main_embeds_total_mb=total_mb_main, render_one_note_per_message_presets_per_s=round(size / t_render_notes, 2),
                speedup_draw_in_workers=round(t_render_notes / t_render, 2),
                steady_presets_per_s=steady_all, steady_main_embeds_presets_per_s=steady_main,
                cpus=os.cpu_count(), load_avg_1min=round(os.getloadavg()[0], 2))

def synthetic_dataset(out, n, shard_size=65536):
    "A dataset of `n` random presets of va's spec with 192-d random embeddings, in the real format."
    from synth_proxy.data import dataset_meta, write_json, write_shard
    from synth_proxy.synths.va import va_synth
    from synth_proxy.audio import AudioModel
    from synth_proxy.render import RenderSettings
    synth, am = va_synth(), AudioModel('mn04', 32000, 192)
    meta = dataset_meta(synth, am, RenderSettings(sample_rate=32000), seed=999, size=n, shard_size=shard_size, synthetic=True)
    Path(out).mkdir(parents=True); write_json(Path(out) / 'meta.json', meta)
    rng = np.random.default_rng(0)
    for i in range(meta['n_shards']):
        k = min(shard_size, n - i * shard_size)
        write_shard(out, i, dict(presets=rng.random((k, len(synth.spec)), dtype=np.float32),
                                 embeddings=rng.standard_normal((k, 192), dtype=np.float32),
                                 rms=np.full(k, 0.1, np.float32), attempts=np.zeros(k, np.int16)),
                    start=i * shard_size, failed=[], redrawn=0, draws=k)
    return sum(p.stat().st_size for p in Path(out).iterdir())

def bench_iterate(out, size_bytes, release, bs=1024):
    "Iterate the dataset at `out` once, in this (fresh) process."
    from synth_proxy.data import ProxyDataset, MmapDL
    t = time.time(); ds = ProxyDataset(out, verify=True); t_open = time.time() - t
    rss_before = psutil.Process().memory_info().rss
    dl = MmapDL(ds, bs=bs, shuffle=True, drop_last=True)
    if release: dl.release_every = 1
    def run():
        n = 0
        for xb, yb in dl: n += len(xb)
        return n
    t = time.time(); n, main_mb, _, anon_mb, file_mb = peak_rss(run); dt = time.time() - t
    return dict(bench='mmap_iterate', presets=len(ds), dataset_mb=round(size_bytes / 2**20, 1), bs=bs, release_pages=release,
                open_and_verify_s=round(t_open, 2), batches_per_s=round(n / bs / dt, 1), presets_per_s=round(n / dt),
                rss_before_mb=round(rss_before / 2**20, 1), peak_rss_main_mb=main_mb, peak_rss_anon_mb=anon_mb, peak_rss_file_mb=file_mb)

if __name__ == '__main__':
    p = argparse.ArgumentParser(); p.add_argument('--quick', action='store_true', help='small sizes, for a smoke test')
    p.add_argument('--workers', type=int, default=2, help='render workers (0: one per CPU core)')
    p.add_argument('--device', default='auto', help="where mn04 embeds: 'cpu', 'cuda', or 'auto' (CUDA when there is one)"); p.add_argument('--skip-generate', action='store_true')
    p.add_argument('--skip-iterate', action='store_true', help='leave out the 1M-preset DataLoader pass')
    p.add_argument('--size', type=int, default=2048, help='dexed presets generated')
    p.add_argument('--amsynth-size', type=int, default=128, help='amsynth presets generated, each way')
    p.add_argument('--iterate', help='(internal) iterate the dataset at this path in this process')
    p.add_argument('--size-bytes', type=int, default=0); p.add_argument('--no-release', action='store_true')
    a = p.parse_args()
    if a.iterate: print(json.dumps(bench_iterate(a.iterate, a.size_bytes, not a.no_release)), flush=True); sys.exit()
    os.environ.setdefault('SYNTH_PROXY_MN04_WEIGHTS', str(Path(__file__).resolve().parents[2] / 'shared/weights/mn04_as_mAP_432.pt'))
    tmp = Path(tempfile.mkdtemp(prefix='synth-proxy-bench-'))
    import torch
    device = ('cuda' if torch.cuda.is_available() else 'cpu') if a.device == 'auto' else a.device
    try:
        if not a.skip_generate:
            # amsynth twice: each note forked from one kept instance (the default), and a new instance loaded per preset
            rates = {}
            for synth, model, size, opts in (('dexed', 'mn04', a.size, None), ('amsynth', 'mn04', a.amsynth_size, None),
                                             ('amsynth', 'mn04', a.amsynth_size, {'fork': False})):
                r = bench_generate(synth, model, 8 if a.quick else size, a.workers or os.cpu_count(), tmp, device=device, options=opts)
                print(json.dumps(r), flush=True); rates[(synth, bool(opts))] = r['end_to_end_presets_per_s']
            print(json.dumps(dict(bench='amsynth_fork_speedup', end_to_end_forked_over_new_instance=round(rates[('amsynth', False)] / rates[('amsynth', True)], 2))), flush=True)
        if a.skip_iterate: sys.exit()
        n = 20_000 if a.quick else 1_000_000
        size_bytes = synthetic_dataset(tmp / 'big', n)
        for flag in (['--no-release'], []):  # each in a fresh process, so that writing the dataset does not count
            import subprocess
            r = subprocess.run([sys.executable, __file__, '--iterate', str(tmp / 'big'), '--size-bytes', str(size_bytes), *flag],
                               capture_output=True, text=True)
            print(r.stdout.strip().splitlines()[-1] if r.returncode == 0 else r.stderr[-2000:], flush=True)
    finally: shutil.rmtree(tmp, ignore_errors=True)

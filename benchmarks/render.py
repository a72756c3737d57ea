"""Milliseconds per 5 s note for each built-in synth, in-process (serial) and in 2 worker processes, as JSON lines.

Run: `.venv/bin/python benchmarks/render.py [n]`. Worker start-up is excluded (the pool is warmed first), as in a
data pipeline that keeps its `RenderPool` open; the start-up of one pool is reported on its own. amsynth renders each
preset in the state of a fresh plugin instance (`01c_synths.amsynth`), so its line is followed by what that costs apart
from the note: a new instance (`fork=False` loads one per preset) against a note played in a forked copy of one kept,
never played instance (the default), and a note on a kept instance (no fresh state at all)."""
import json, sys, time
from dataclasses import replace
import numpy as np
from synth_proxy.synths import get_synth
from synth_proxy.render import RenderSettings, RenderPool, PluginBackend, render
from _common import timeit

def bench(name, n):
    try: synth = get_synth(name)
    except Exception as e: return dict(synth=name, skipped=f'{type(e).__name__}: {e}')
    settings, presets = RenderSettings(), synth.spec.sample(n, seed=0)
    render(synth, presets[:1], settings)                       # open the engine in this process
    t = time.perf_counter(); serial = render(synth, presets, settings); ms_serial = (time.perf_counter() - t) / n * 1000
    t = time.perf_counter()
    with RenderPool(synth, settings, workers=2) as pool:
        pool.render(presets[:2], progress=False); start_s = time.perf_counter() - t   # workers up and warm
        t = time.perf_counter(); res = pool.render(presets, progress=False); ms_2 = (time.perf_counter() - t) / n * 1000
    return dict(synth=name, n=n, ms_per_note_serial=round(ms_serial, 1), ms_per_note_2_workers=round(ms_2, 1),
                speedup=round(ms_serial / ms_2, 2), pool_start_s=round(start_s, 2), failures=len(res.failures),
                same_audio=bool(np.array_equal(res.audio, serial)))

def fresh_instance_cost(n):
    "Median ms of amsynth's new instance (`PluginBackend._load`), of a forked note, and of a note on a kept instance without flush."
    synth, settings = get_synth('amsynth'), RenderSettings()
    presets = synth.spec.to_synth(synth.spec.sample(n, seed=0))
    fresh = PluginBackend(replace(synth, options={**synth.options, 'fork': False}), settings)   # holds no instance
    inst = [timeit(fresh._load, repeat=1, warmup=0) for _ in range(n)]   # before `kept` exists: it would hold the library loaded
    kept = PluginBackend(replace(synth, options={**synth.options, 'fresh_instance': False, 'flush': 0}), settings)
    note = [timeit(lambda: kept.render(x), repeat=1, warmup=0) for x in presets]
    forked = PluginBackend(synth, settings)
    fork = [timeit(lambda: forked.render(x), repeat=1, warmup=0) for x in presets]
    ms_inst, ms_note, ms_fork = (1000 * float(np.median(t)) for t in (inst, note, fork))
    return dict(synth='amsynth', n=n, amsynth_instance_ms=round(ms_inst, 1), amsynth_note_ms=round(ms_note, 1),
                amsynth_forked_note_ms=round(ms_fork, 1), instance_over_note=round(ms_inst / ms_note, 2),
                new_instance_and_note_over_forked_note=round((ms_inst + ms_note) / ms_fork, 2))

if __name__ == '__main__':
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 32
    try: instance = fresh_instance_cost(n)   # first, before this process has rendered amsynth at all
    except Exception as e: instance = dict(synth='amsynth', skipped=f'{type(e).__name__}: {e}')
    for name in ('va', 'dexed', 'amsynth'): print(json.dumps(bench(name, n)), flush=True)
    print(json.dumps(instance), flush=True)

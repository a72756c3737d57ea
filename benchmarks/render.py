"""Milliseconds per 5 s note for each built-in synth, in-process (serial) and in 2 worker processes, as JSON lines.

Run: `.venv/bin/python benchmarks/render.py [n]`. Worker start-up is excluded (the pool is warmed first), as in a
data pipeline that keeps its `RenderPool` open; the start-up of one pool is reported on its own. amsynth renders each
preset from a fresh plugin instance (`01c_synths.amsynth`), so its line is followed by what an instance costs apart
from the note it plays."""
import json, sys, time
import dawdreamer as daw
import numpy as np
from synth_proxy.synths import get_synth
from synth_proxy.render import RenderSettings, RenderPool, render

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

def fresh_instance_cost(path, n):
    "Median ms to construct amsynth in a new engine, and to render one 5 s note on it (one thread, this process)."
    inst, note = [], []
    for _ in range(n):
        t = time.perf_counter(); engine = daw.RenderEngine(32000, 512); proc = engine.make_plugin_processor('p', path)
        t1 = time.perf_counter(); proc.add_midi_note(60, 100, 0.01, 2.0); engine.load_graph([(proc, [])]); engine.render(5.0)
        inst.append(t1 - t); note.append(time.perf_counter() - t1); del proc, engine
    return dict(synth='amsynth', n=n, amsynth_instance_ms=round(1000 * float(np.median(inst)), 1),
                amsynth_note_ms=round(1000 * float(np.median(note)), 1), instance_over_note=round(float(np.median(inst) / np.median(note)), 2))

if __name__ == '__main__':
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 32
    lines = [bench(name, n) for name in ('va', 'dexed', 'amsynth')]
    for line in lines: print(json.dumps(line), flush=True)
    if 'skipped' not in lines[-1]: print(json.dumps(fresh_instance_cost(get_synth('amsynth').options['path'], n)), flush=True)

"""What every benchmark script shares: JSON-line output and a median timer."""
import json, statistics, time

def emit(**kw):
    "Print one JSON line of figures."
    print(json.dumps(kw), flush=True)

def timeit(f, repeat:int=3, warmup:int=1) -> float:
    "Median wall time of `f()` in seconds, after `warmup` calls."
    for _ in range(warmup): f()
    ts = []
    for _ in range(repeat):
        t0 = time.perf_counter(); f(); ts.append(time.perf_counter() - t0)
    return statistics.median(ts)

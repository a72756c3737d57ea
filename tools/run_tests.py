"""Test every notebook in a fresh process of its own, a few at a time, each under a time limit.

nbdev-test runs several notebooks in one worker process; a plugin host such as DawDreamer keeps global state
(JUCE's message thread, plugin instances) across them, which has hung later notebooks. A process per notebook
isolates them, and the time limit turns a hang into a failure instead of a stuck CI run.
"""
import os, subprocess, sys, time
import psutil
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from fastcore.script import call_parse

def _run(nb:Path, flags:str, timeout:int, logs:Path, save:bool=False):
    "Test one notebook; return (name, ok, seconds, log path)."
    cmd = [str(Path(sys.executable).parent/'nbdev-test'), str(nb)] + (['--save'] if save else [])
    if flags: cmd += ['--flags', flags]
    log, t = logs/f'{nb.stem}.log', time.time()
    with open(log, 'w') as f:
        proc = subprocess.Popen(cmd, stdout=f, stderr=subprocess.STDOUT)
        try: ok = proc.wait(timeout=timeout) == 0
        except subprocess.TimeoutExpired:   # stop the notebook and the workers it started (render pools), not just nbdev-test
            for p in psutil.Process(proc.pid).children(recursive=True) + [psutil.Process(proc.pid)]:
                try: p.kill()
                except psutil.NoSuchProcess: pass
            proc.wait(); ok = False
            f.write(f'\nTIMEOUT: {nb.name} ran over {timeout} s\n')
    return nb.name, ok, time.time() - t, log

@call_parse
def main(flags:str='',       # test flags to run (e.g. 'slow')
         workers:int=2,      # notebooks tested at once
         timeout:int=None,   # seconds allowed per notebook; None: 600, or 3000 when slow cells run too
         logs:str='_test_logs', # where each notebook's output goes
         path:str='nbs',     # folder of the notebooks
         save:bool=False):   # keep each notebook's outputs in it (for the docs)
    "Test the notebooks in `path`, each in its own process."
    root = Path(__file__).resolve().parent.parent
    if timeout is None: timeout = 3000 if 'slow' in flags.split() else 600   # the default suite fits in ~10 min, so a hang fails fast
    logs = root/logs; logs.mkdir(exist_ok=True)
    nbs = sorted((root/path).glob('*.ipynb'))
    start, results = time.time(), []
    with ThreadPoolExecutor(workers) as ex:
        for name, ok, secs, log in ex.map(lambda nb: _run(nb, flags, timeout, logs, save), nbs):
            print(f"{'ok  ' if ok else 'FAIL'} {secs:6.1f} s  {name}", flush=True)
            if not ok: print(''.join(l for l in log.read_text().splitlines(True)[-40:] if 'VST' not in l))
            results.append(ok)
    failed = results.count(False)
    print(f"notebooks tested in {time.time() - start:.0f} s (flags: {flags or 'none'})")
    print(f"{len(results) - failed} passed, {failed} failed")
    sys.exit(1 if failed else 0)

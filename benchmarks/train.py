"""Training throughput of each preset encoder: samples/s of L1 + AdamW steps; prints JSON lines.

Run from the repo root: `.venv/bin/python benchmarks/train.py [--steps 5] [--bs 256]`. The paper's setting: the
Dexed spec and 192 outputs (mn04's dimension), batch 256, on the CPU (and on CUDA when there is one). Each encoder is
timed over a few optimiser steps after warm-up steps, with the batch already in memory, so this is the cost of the
model alone (no data loading).
"""
import argparse, json, os, platform, statistics, time
import torch
from torch import nn
from synth_proxy.encoders import ENCODERS, build_encoder
from synth_proxy.synths import get_synth
from _common import emit

def bench(name, spec, device, bs, steps, warmup=1, out=192, size=1.0):
    "Median seconds of one training step of encoder `name`."
    torch.manual_seed(0)
    enc = build_encoder(name, spec, out, size).to(device).train()
    opt = torch.optim.AdamW(enc.parameters(), lr=1e-4, weight_decay=0.0)
    x = torch.from_numpy(spec.sample(bs, seed=0)).to(device)
    y = torch.randn(bs, out, device=device)
    loss_func, ts = nn.L1Loss(), []
    for i in range(warmup + steps):
        if device == 'cuda': torch.cuda.synchronize()
        t0 = time.perf_counter()
        loss = loss_func(enc(x), y); loss.backward(); opt.step(); opt.zero_grad(set_to_none=True)
        if device == 'cuda': torch.cuda.synchronize()
        if i >= warmup: ts.append(time.perf_counter() - t0)
    return statistics.median(ts), enc.n_params

if __name__ == '__main__':
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument('--steps', type=int, default=3); ap.add_argument('--bs', type=int, default=256)
    ap.add_argument('--synth', default='dexed'); ap.add_argument('--encoders', nargs='*', default=list(ENCODERS))
    a = ap.parse_args()
    spec = get_synth(a.synth).spec
    devices = ['cpu'] + (['cuda'] if torch.cuda.is_available() else [])
    base = dict(torch=torch.__version__, threads=torch.get_num_threads(), cpu=platform.processor() or platform.machine(),
                load_avg=round(os.getloadavg()[0], 2))
    for device in devices:
        for name in a.encoders:
            s, n = bench(name, spec, device, a.bs, a.steps)
            emit(bench='train_step', encoder=name, synth=a.synth, n_in=len(spec), out=192, params=n, device=device,
                 batch=a.bs, steps=a.steps, ms_per_step=round(1000 * s, 1), samples_per_s=round(a.bs / s, 1), **base)

"""Training runs of the results page: learning curves and ablations, one JSON line per run, resumable.

    python results/curves.py --runs RUNS_DIR --synth dexed --encoders hn_pt,hn_oh --sizes 4096,8192 --seeds 0 \
        --epochs 20 --rank-weight 0 --tag recipe --out results/curves.jsonl

Each run trains `encoder` on the first `size` presets of RUNS_DIR/<synth>-mn04-train with the recipe of `RECIPES`
(plus the options given), picks the epoch of best validation MRR among 512 (every preset of
RUNS_DIR/<synth>-mn04-valid a query), and scores that epoch on RUNS_DIR/<synth>-mn04-test: MRR among 512 beside
chance, L1 beside the mean embedding of its training presets. A run already in --out (same tag, synth, encoder,
size, seed) is skipped, so the command can be rerun after an interruption, and a run cut short resumes from the training
state it wrote after its last epoch (RUNS_DIR/ckpt/*.state.safetensors, removed once the run is recorded). Its best
checkpoint is kept in RUNS_DIR/ckpt/ for the proxies that ship.
"""
import hashlib, json, time
from pathlib import Path
import torch
from fastcore.script import call_parse
from fastai.torch_core import set_seed
from synth_proxy.data import ProxyDataset, proxy_dataloaders
from synth_proxy.learner import proxy_learner, recipe, init_head_bias, Proxy
from synth_proxy.encoders import transfer_encoder
from synth_proxy.proxies import proxy_scores, calibrate_on

def state_path(ckpt) -> Path: return Path(ckpt).with_suffix('.state.safetensors')   # a run's training state, beside its checkpoint

def fit(trn, val, encoder, ckpt, epochs, bs=None, state=None, **kw):
    "Train `encoder` (a name, or a built encoder) on `trn`, picking the epoch of best validation MRR; return the learner and seconds."
    built = not isinstance(encoder, str)
    dls = proxy_dataloaders(trn, val, bs=bs, encoder=encoder.hparams['name'] if built else encoder)
    if built: init_head_bias(encoder, dls)   # a transferred encoder's new head starts at the mean target
    learn = proxy_learner(dls, encoder, save_to=ckpt, state=state, state_config=state and dict(kw, bs=bs, size=len(trn)), **kw)
    t0 = time.time()
    with learn.no_bar(): learn.fit_proxy(epochs)
    return learn, time.time() - t0

def pretrain(runs:Path, synth, encoder, target, n, seed, epochs, bs=None, **kw):
    "The encoder trained on the first `n` presets of RUNS_DIR/<synth>-<target>-train (cached in RUNS_DIR/ckpt/), and its seconds."
    opts = hashlib.sha1(json.dumps(kw, sort_keys=True).encode()).hexdigest()[:8]   # the same options reuse it, others train their own
    ckpt = runs / 'ckpt' / f'pretrain-{synth}-{target}-{encoder}-{n}-s{seed}-{opts}.safetensors'
    if ckpt.is_file(): return Proxy.load(ckpt).encoder, 0.
    set_seed(seed, reproducible=True)
    trn, val = ProxyDataset(runs / f'{synth}-{target}-train', first=n), ProxyDataset(runs / f'{synth}-{target}-valid')
    learn, secs = fit(trn, val, encoder, ckpt, epochs, bs, **kw)
    return learn.to_proxy().encoder, secs

def run(runs:Path, synth, encoder, n, seed, epochs, tag, bs=None, pre:dict=None, **kw) -> dict:
    "Train one proxy (after pre-training its encoder on `pre['target']` if given) and score it; return its JSON record."
    trn = ProxyDataset(runs / f'{synth}-mn04-train', first=n)
    val, tst = ProxyDataset(runs / f'{synth}-mn04-valid'), ProxyDataset(runs / f'{synth}-mn04-test')
    mean, model, pre_secs = trn.mean_embedding(), encoder, 0.
    if pre:
        enc, pre_secs = pretrain(runs, synth, encoder, pre['target'], pre['size'], seed, pre['epochs'], bs, **kw)
        model = transfer_encoder(enc, trn.spec, mean.shape[-1])
    set_seed(seed, reproducible=True)
    ckpt = runs / 'ckpt' / f'{tag}-{synth}-{encoder}-{n}-s{seed}.safetensors'
    learn, secs = fit(trn, val, model, ckpt, epochs, bs, state=state_path(ckpt), **kw)
    resumed = learn.train_state.resumed
    proxy = calibrate_on(learn.to_proxy(), val)   # the test scores by the calibrated distance too
    hist = [dict(zip(learn.recorder.metric_names[1:-1], map(float, v))) for v in learn.recorder.values]
    best = max(range(len(hist)), key=lambda i: hist[i]['mrr'])
    return dict(tag=tag, synth=synth, encoder=encoder, size=n, seed=seed, epochs=epochs, options={**kw, **({'pretrain': pre} if pre else {})},
                bs=int(learn.dls.train.bs), lr=float(learn.lr), best_epoch=best, valid=hist[best], history=hist,
                test=proxy_scores(proxy, tst, mean), train_seconds=round(secs + pre_secs, 1), checkpoint=str(ckpt),
                **({'pretrain_seconds': round(pre_secs, 1)} if pre else {}), **({'resumed_after_epochs': resumed} if resumed else {}),
                threads=torch.get_num_threads(), date=time.strftime('%Y-%m-%d %H:%M'))

@call_parse
def main(runs:str='/work/runs/data', # the datasets of results/data.sh, and where checkpoints go
         synth:str='dexed', encoders:str='hn_pt', sizes:str='4096', seeds:str='0', epochs:int=20,
         rank_weight:float=0., temperature:float=0.01, wd:float=None, tag:str='recipe', out:str='results/curves.jsonl',
         loss_scale:str=None, # 'spread': each dimension's error divided by the training embeddings' spread (`embedding_spread`)
         lr:float=None, bs:int=None, # learning rate and batch size; default: the encoder's in `RECIPES` (the paper's)
         betas:str=None, # Adam's betas as 'b1,b2'; default: the encoder's in `RECIPES` (the authors' tuned ones)
         dropout:float=None, scale:float=None, # dropout in the encoder's blocks, its width and depth multiplier (`size`)
         blocks:int=None, # the encoder's number of highway blocks (hn_*), replacing its default; default: the builder's
         schedule:str=None, # 'paper', 'one_cycle' or 'constant_cosine'; default: the recipe's ('paper')
         weight_average:float=None, # validate and keep an EMA of the weights with this decay per step (`WeightAverage`)
         pretrain:str=None, # pre-train the encoder on this cheaper target first (e.g. 'mel': RUNS_DIR/<synth>-mel-train and -valid)
         pretrain_size:int=None, pretrain_epochs:int=20, # presets and epochs of the pre-training; default size: the run's
         base:str='recipe', # the tag of the runs this one is compared with on the results page (the ablations)
         threads:int=None): # torch threads; default: torch's
    "Train and score every (encoder, size, seed) not yet in `out`."
    if threads: torch.set_num_threads(threads)
    done = {(r['tag'], r['synth'], r['encoder'], r['size'], r['seed']) for r in map(json.loads, open(out))} if Path(out).is_file() else set()
    given = lambda **d: {k: v for k, v in d.items() if v is not None}
    enc_kw = given(dropout=dropout, blocks=blocks)
    kw = dict(rank_weight=rank_weight, temperature=temperature, **given(wd=wd, lr=lr, size=scale, schedule=schedule, weight_average=weight_average,
                                                                         loss_scale=loss_scale, betas=betas and [float(b) for b in betas.split(',')]),
              **({'encoder_kwargs': enc_kw} if enc_kw else {}))
    for enc in encoders.split(','):
        for size in map(int, sizes.split(',')):
            for seed in map(int, seeds.split(',')):
                if (tag, synth, enc, size, seed) in done: continue
                pre = dict(target=pretrain, size=pretrain_size or size, epochs=pretrain_epochs) if pretrain else None
                rec = dict(run(Path(runs), synth, enc, size, seed, epochs, tag, bs=bs, pre=pre, **kw), base=base)
                with open(out, 'a') as f: f.write(json.dumps(rec) + '\n')
                state_path(rec['checkpoint']).unlink(missing_ok=True)
                t = rec['test']
                print(f"{tag} {synth} {enc} {size} s{seed}: valid MRR {rec['valid']['mrr']:.3f} (epoch {rec['best_epoch']}), "
                      f"test MRR {t['mrr']:.3f} ({t['x_chance']:.1f}x chance), L1 {t['l1']:.4f} vs mean {t['l1_mean_embedding']:.4f}, "
                      f"{rec['train_seconds']:.0f} s", flush=True)

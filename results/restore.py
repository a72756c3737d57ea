"""Write the members of a synth's shipped ensemble back to the checkpoints that their records in results/curves.jsonl
name, where the runs directory lost them (a new machine starts with no runs directory; the ensemble ships in the
package). results/ensemble.py and results/handcrafted.py then find them as before. A member comes from the shipped
file, in float16, so its scores may differ from its record in the fourth digit.

    python results/restore.py --synth dexed
"""
import json, re
from pathlib import Path
from fastcore.script import call_parse
from synth_proxy.learner import Proxy
from synth_proxy.proxies import list_pretrained

@call_parse
def main(synth:str='dexed', curves:str='results/curves.jsonl'):
    "Write each member of `synth`'s shipped ensemble to the checkpoint of its run in `curves`, unless that file exists."
    shipped = next(r for r in list_pretrained() if (r['synth'], r['audio_model']) == (synth, 'mn04'))
    ensemble = Proxy.load(shipped['file'])
    if 'ensemble_of' not in ensemble.info: raise SystemExit(f"{shipped['file']} is not an ensemble")
    size = ensemble.info['card']['data']['train']['n']   # members trained on fewer presets say so: 'TAG sSEED (N presets)'
    runs = {(r['tag'], r['encoder'], r['seed'], r['size']): r for r in map(json.loads, open(curves)) if r['synth'] == synth}
    for desc, member in zip(ensemble.info['ensemble_of'].split(', '), ensemble.members()):
        tag, seed, n = re.fullmatch(r'(\S+) s(\d+)(?: \((\d+) presets\))?', desc).groups()
        ckpt = Path(runs[(tag, member.encoder.hparams['name'], int(seed), int(n or size))]['checkpoint'])
        if ckpt.is_file(): print(f'{ckpt} is there'); continue
        ckpt.parent.mkdir(parents=True, exist_ok=True)
        print(f'{desc}: {member.save(ckpt)}')

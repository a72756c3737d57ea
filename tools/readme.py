"""Write README.md from nbs/index.ipynb, run with its outputs (nbdev-readme needs Quarto, which is not installable here)."""
import os, re
from pathlib import Path
from fastcore.nbio import read_nb
from execnb.shell import CaptureShell

root = Path(__file__).resolve().parent.parent
def _directives(src): return {m.group(1) for m in re.finditer(r'^#\|\s*(\w+)', src, re.M)}
def _text(o):
    if o.get('output_type') == 'stream': return ''.join(o['text']).replace('█', '')  # progress bars drawn off-screen
    d = o.get('data', {})
    return ''.join(d.get('text/markdown') or d.get('text/plain') or '') if 'text/html' not in d or 'text/plain' in d else ''

def main():
    nb = read_nb(root/'nbs'/'index.ipynb')
    os.chdir(root/'nbs')
    CaptureShell().run_all(nb, exc_stop=True)
    out = ['<!-- Generated from nbs/index.ipynb by tools/readme.py: edit the notebook, not this file. -->\n']
    for c in nb.cells:
        src = ''.join(c.source)
        if c.cell_type == 'markdown': out.append(src.strip() + '\n'); continue
        if {'hide', 'export', 'exporti', 'default_exp'} & _directives(src): continue
        code = '\n'.join(l for l in src.splitlines() if not l.startswith('#|')).strip()
        out.append(f"```python\n{code}\n```\n")
        texts = [t.rstrip() for t in map(_text, c.get('outputs', [])) if t.strip()]
        if texts: out.append('    ' + '\n'.join(texts).replace('\n', '\n    ') + '\n')
    (root/'README.md').write_text('\n'.join(out))
    print(f"wrote {root/'README.md'}")

if __name__ == '__main__': main()

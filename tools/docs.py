"""Build the docs site offline from notebooks that were run with their outputs kept, and look at one page.

`smalldocs` renders a Quarto website (our `_quarto.yml`) in pure Python; Quarto itself builds the hosted site in
GitHub Actions (.github/workflows/docs.yml). The check opens a page in headless Chromium, takes a screenshot and
fails unless the page shows its text and at least one plot.
"""
import re, shutil, subprocess, sys
from pathlib import Path
from fastcore.script import call_parse

def screenshot(page:Path, png:Path, width:int=1200, height:int=2400) -> bool:
    "Screenshot `page` with headless Chromium, if there is one; True when it wrote `png`."
    exe = shutil.which('chromium') or shutil.which('chromium-browser') or shutil.which('google-chrome')
    if not exe: print('no Chromium here: skipped the screenshot'); return False
    flags = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--hide-scrollbars',
             '--disable-background-networking', '--disable-component-update', '--disable-sync',
             f'--user-data-dir={png.parent/"chromium-profile"}', f'--window-size={width},{height}', f'--screenshot={png}']
    subprocess.run([exe, *flags, page.resolve().as_uri()], check=True, capture_output=True, timeout=120)
    return png.exists()

@call_parse
def main(path:str='_proc',            # folder of the executed notebooks and _quarto.yml
         page:str='01a_synths.va.html', # the page to look at
         png:str='_proc/page.png'):   # where its screenshot goes
    "Render the site from `path` with smalldocs and check `page`."
    root = Path(__file__).resolve().parent.parent
    src = root/path
    subprocess.run([str(Path(sys.executable).parent/'smalldocs'), 'render', str(src)], check=True)
    site = src/'_docs'
    html = (site/page).read_text()
    imgs = len(re.findall(r'<img[^>]+(?:src="data:image/png|\.png")', html))
    pages = sorted(p.name for p in site.glob('*.html'))
    print(f"{len(pages)} pages in {site}; {page} has {imgs} plot(s)")
    if imgs == 0: sys.exit(f"{page} shows no plot")
    if screenshot(site/page, root/png):
        from PIL import Image
        im = Image.open(root/png).convert('L')
        lo, hi = im.getextrema()
        print(f"screenshot of {page}: {root/png} ({im.size[0]}x{im.size[1]}, grey levels {lo}..{hi})")
        if hi - lo < 100: sys.exit(f"the screenshot of {page} is blank")

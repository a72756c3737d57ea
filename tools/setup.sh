#!/usr/bin/env bash
# Set up synth-proxy on Debian/Ubuntu with Python >= 3.10: a .venv holding the package, the CPU build of torch and
# the dev tools, plus Debian's amsynth plugin. Safe to run again: it only installs what changed.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
python=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$python" -m venv .venv
stamp=.venv/.synth-proxy-installed
want=$(cat pyproject.toml setup.py | sha256sum | cut -c1-16)
if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
  # torch is pinned in the same command so that pip takes the CPU wheel instead of a multi-GB CUDA build
  .venv/bin/pip install --quiet --disable-pip-version-check torch==2.13.0 -e ".[dev]" 2>&1 | grep -v "^WARNING: Location" || true
  .venv/bin/python -c "import synth_proxy, torch, dawdreamer, dexed" && echo "$want" > "$stamp"
  .venv/bin/python -m ipykernel install --sys-prefix --name python3 >/dev/null
fi
# Debian packages: the amsynth plugin (a real synth to proxy), hexter (for its 432 factory DX7 voices, hand-crafted
# presets to evaluate dexed proxies on), Chromium (to look at the docs pages), and FluidSynth with
# the FluidR3 GM SoundFont (real instrument notes for the out-of-domain sound-matching evaluation, benchmarks/matching.py)
missing=""
[ -f /usr/lib/vst/amsynth_vst.so ] || missing="amsynth"
[ -f /usr/share/hexter/dx7_roms.dx7 ] || missing="$missing hexter"
[ -f /usr/share/sounds/sf2/FluidR3_GM.sf2 ] || missing="$missing fluid-soundfont-gm"
command -v fluidsynth >/dev/null || missing="$missing fluidsynth"
command -v chromium >/dev/null || missing="$missing chromium"
if [ -n "$missing" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing >/dev/null
  else
    echo "missing Debian packages: run 'sudo apt-get install --no-install-recommends$missing'" >&2
  fi
fi
# the EfficientAT checkpoint, where a checkout keeps it beside the repository (tests and CI)
if [ -z "${SYNTH_PROXY_MN04_WEIGHTS:-}" ] && [ -f ../shared/weights/mn04_as_mAP_432.pt ]; then
  export SYNTH_PROXY_MN04_WEIGHTS=$(cd ../shared/weights && pwd)/mn04_as_mAP_432.pt
fi

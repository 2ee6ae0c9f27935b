#!/usr/bin/env bash
# Linux CI: build the PyInstaller bundle and run its --self-test in English and German (budget: 3 minutes).
# Called from .ci/run after `uv sync --locked`; needs the Qt offscreen libraries .ci/run installs.
set -euo pipefail
cd "$(dirname "$0")/.."
export LANG="${LANG:-C.UTF-8}" QT_QPA_PLATFORM=offscreen

# The bundle ships the compiled catalogs; build them when this script runs on its own.
if ! compgen -G "translations/boot_integrity_*.qm" >/dev/null; then
  uv run python translations/build.py --release
fi
# timeout: a hung build or self-test must fail CI instead of stalling it (build.py also limits each run).
timeout 300 uv run python packaging/build.py --smoke --timeout 60

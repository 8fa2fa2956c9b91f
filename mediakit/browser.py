"""A headless browser for the reports: Debian's Chromium renders a page to its DOM or to a PNG, offline.

Used by the tests (no table cell cut, the page renders) and by ``docs/screenshots.py``. Nothing is downloaded:
the browser is the system's (``chromium``), started with the network features that call home switched off.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync", "--hide-scrollbars"]


def find_browser() -> str | None:
    """The path of a Chromium on this machine, or None."""
    return next((p for p in (shutil.which(n) for n in ("chromium", "chromium-browser", "google-chrome")) if p), None)


def _run(page: Path, *extra: str, timeout: int = 120) -> subprocess.CompletedProcess:
    browser = find_browser()
    if browser is None:
        raise FileNotFoundError("no Chromium on this machine: install Debian's chromium (apt-get install chromium)")
    with tempfile.TemporaryDirectory() as profile:
        return subprocess.run([browser, *FLAGS, f"--user-data-dir={profile}", *extra, Path(page).resolve().as_uri()],
                              capture_output=True, text=True, timeout=timeout)


def rendered_dom(page: str | Path) -> str:
    """The page's DOM after the browser rendered it (scripts run)."""
    return _run(Path(page), "--dump-dom", "--virtual-time-budget=5000").stdout


def screenshot(page: str | Path, png: str | Path, *, width: int = 1280, height: int = 1600) -> Path:
    """A PNG of the top of the page as the browser draws it."""
    png = Path(png).resolve()
    png.parent.mkdir(parents=True, exist_ok=True)
    _run(Path(page), f"--screenshot={png}", f"--window-size={width},{height}", "--virtual-time-budget=5000")
    return png

"""Screenshots of every report, as a reader sees them in a browser, for the README.

Usage:
    python docs/screenshots.py [CORPUS ...]

Runs ``mediakit report`` on each corpus (default: the bundled one and, where ../shared is beside the checkout,
the George Floyd practice corpus) and draws the top of each report with Debian's Chromium into
``docs/screenshots/<corpus>/<report>.png``.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULTS = [ROOT / "data" / "baghdad-2020-01-24",
            ROOT.parent / "shared" / "corpus" / "practice" / "george-floyd-protests-2020"]


def main(argv: list[str]) -> int:
    from mediakit.browser import screenshot

    corpora = [Path(a) for a in argv] or [p for p in DEFAULTS if p.exists()]
    for corpus in corpora:
        with tempfile.TemporaryDirectory() as out:
            subprocess.run([sys.executable, "-m", "mediakit.cli", "report", str(corpus), "--out", out, "--jobs", "2"],
                           check=True, cwd=ROOT)
            for page in sorted(Path(out).glob("[0-9][0-9]-*.html")):
                png = screenshot(page, ROOT / "docs" / "screenshots" / corpus.name / f"{page.stem}.png", height=1500)
                print(f"{png.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Time of each per-document pass on one very long article: every pass must grow linearly with its length.

Usage:
    python benchmarks/long_document.py [--sizes 0.25,1,4] [--text PATH]

The article is made by repeating the paragraphs of a real one (by default The Independent's, in the bundled
corpus), each numbered so that cleaning does not set repeats aside. Each size runs in this process, one after
the other; the exponent k of time ~ length^k is printed per pass (1 is linear). Read ratios: machines drift.
"""

from __future__ import annotations

import argparse
import math
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT / "data" / "baghdad-2020-01-24" / "002_232c97f09dcc63de.txt"


def article(path: Path, megabytes: float) -> str:
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if len(line.split()) > 8]
    out, size, i = [], 0, 0
    while size < megabytes * 1e6:
        out.append(f"{lines[i % len(lines)]} (Part {i}.)")
        size += len(out[-1]) + 1
        i += 1
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="0.25,1,4")
    parser.add_argument("--text", default=str(DEFAULT))
    args = parser.parse_args(argv)
    import pandas as pd

    import mediakit as mk

    passes = {
        "load_corpus": None,
        "actor_mentions": lambda c: mk.actor_mentions(c),
        "quotes": lambda c: mk.quotes(c),
        "word_choice": lambda c: mk.word_choice(c),
        "crowd_estimates": lambda c: mk.crowd_estimates(c),
        "figures": lambda c: mk.figures(c),
        "keyness (by document half)": None,
    }
    sizes = [float(s) for s in args.sizes.split(",")]
    times: dict[str, list[float]] = {name: [] for name in passes}
    print(f"{'MB':>6} " + " ".join(f"{name[:16]:>16}" for name in passes))
    for mb in sizes:
        text = article(Path(args.text), mb)
        started = time.perf_counter()
        corpus = mk.load_corpus(pd.DataFrame({"doc_id": ["long"], "outlet": ["X"], "text": [text]}), quiet=True,
                                lexicon=False)
        times["load_corpus"].append(time.perf_counter() - started)
        for name, run in passes.items():
            if run is None:
                continue
            started = time.perf_counter()
            run(corpus)
            times[name].append(time.perf_counter() - started)
        half = pd.DataFrame({"doc_id": ["a", "b"], "outlet": ["A", "B"],
                             "text": [text[:len(text) // 2], text[len(text) // 2:]]})
        two = mk.load_corpus(half, quiet=True, lexicon=False)
        started = time.perf_counter()
        mk.keyness(two)
        times["keyness (by document half)"].append(time.perf_counter() - started)
        print(f"{mb:>6.2f} " + " ".join(f"{times[name][-1]:>15.2f}s" for name in passes), flush=True)
    if len(sizes) > 1:
        print("exponent " + " ".join(
            f"{math.log(max(t[-1], 1e-3) / max(t[0], 1e-3)) / math.log(sizes[-1] / sizes[0]):>16.2f}"
            for t in times.values()))
    return 0


if __name__ == "__main__":
    sys.exit(main())

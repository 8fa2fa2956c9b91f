"""Wall time of each measure notebooks 03, 05 and 06 compute, in the order they compute it, in one process.

Usage:
    python benchmarks/notebook_steps.py [PATH] [--replicate K]

PATH is a corpus file or folder (default: ``../shared/bench/allsides-20mb.parquet``). The corpus is loaded once
(not timed); then each step runs as a notebook runs it, on the same corpus object, so a step that reads what an
earlier one kept (the actor mentions, the alignment, the table of all word-choice occurrences) is timed as a
report times it.

To time other code on the same input, run this file with that code first on the path, for instance a checkout of
an earlier commit: ``git worktree add /tmp/old <commit>`` then
``PYTHONPATH=/tmp/old python benchmarks/notebook_steps.py``. Run both in one sitting: these machines drift.
"""

from __future__ import annotations

import argparse
import sys
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT.parent / "shared" / "bench" / "allsides-20mb.parquet"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", default=str(DEFAULT))
    parser.add_argument("--replicate", type=int, default=1)
    args = parser.parse_args(argv)
    sys.path.insert(0, str(Path(__file__).parent))
    from scale import read_frame

    import mediakit as mk

    warnings.simplefilter("ignore")
    corpus = mk.load_corpus(read_frame(args.path, args.replicate), quiet=True)
    print(f"mediakit from {Path(mk.__file__).parent}; {len(corpus.docs):,} documents")
    kept: dict = {}
    steps = [
        ("actor_mentions", lambda: kept.setdefault("mentions", mk.actor_mentions(corpus))),
        ("actors(mentions=)", lambda: mk.actors(corpus, mentions=kept["mentions"])),
        ("actor_labels(mentions=)", lambda: mk.actor_labels(corpus, mentions=kept["mentions"])),
        ("quotes(mentions=)", lambda: mk.quotes(corpus, mentions=kept["mentions"])),
        ("word_choice twice (all, own)", lambda: (mk.word_choice(corpus, voice="all"), mk.word_choice(corpus))),
        ("substitutions then coverage", lambda: (mk.substitutions(corpus), mk.coverage(corpus))),
    ]
    for name, step in steps:
        started = time.perf_counter()
        step()
        print(f"{name:32s} {time.perf_counter() - started:7.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())

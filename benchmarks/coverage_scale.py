"""Time, peak memory and group sizes of the sentence alignment (``mk.align`` + ``mk.coverage``) as a corpus grows.

Usage:
    python benchmarks/coverage_scale.py [PATH] [--sizes 500,1000,2000,3405] [--repeat N]

PATH is any corpus ``load_corpus`` reads (default: ``../shared/bench/allsides-20mb.parquet``; an ``id`` column is
taken as ``doc_id``). For each size, the first N articles are loaded and aligned in a **fresh process**, so one
size's memory does not count against another's. Peak memory is the process's ``ru_maxrss`` after the alignment
minus that after loading (the kernel's own record of the highest resident size, so no short peak is missed).
The growth exponent is the slope of log(time) on log(articles): 1 is linear, 2 quadratic. Machines here drift by
about 30 %, so read ratios within one run.
"""

from __future__ import annotations

import argparse
import json
import math
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT.parent / "shared" / "bench" / "allsides-20mb.parquet"


def run(path: str, size: int) -> dict:
    """Loads the first ``size`` articles, aligns them, and reports in this process."""
    import resource
    import time

    import pandas as pd

    import mediakit as mk

    p = Path(path)
    if p.is_dir():
        frame = mk.load_corpus(p, quiet=True).docs.drop(columns=["file", "encoding"], errors="ignore")
    else:
        frame = pd.read_parquet(p) if p.suffix == ".parquet" else (
            pd.read_json(p, lines=True) if p.suffix == ".jsonl" else pd.read_csv(p))
        frame = frame.rename(columns={k: v for k, v in {"id": "doc_id", "date": "published"}.items()
                                      if k in frame and v not in frame})
    corpus = mk.load_corpus(frame.iloc[:size], quiet=True, lexicon=False)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.perf_counter()
    pairs = mk.align(corpus)
    cov = mk.coverage(corpus, alignment=pairs)
    seconds = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    sizes = cov.groupby("group").size()
    return {"articles": len(corpus.docs), "sentences": len(cov), "pairs": len(pairs), "seconds": seconds,
            "peak_mb_added": (after - before) / 1024, "peak_mb": after / 1024, "largest_group": int(sizes.max()),
            "only_here": float((cov["n_outlets"] == 1).mean())}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", default=str(DEFAULT))
    parser.add_argument("--sizes", default="500,1000,2000,3405")
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--child", type=int, default=None, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child is not None:
        print(json.dumps(run(args.path, args.child)))
        return 0
    if not Path(args.path).exists():
        print(f"{args.path}: no such corpus", file=sys.stderr)
        return 2
    print(f"corpus: {args.path}")
    print(f"{'articles':>9} {'sentences':>10} {'pairs':>7} {'seconds':>8} {'peak MB added':>14} {'largest group':>14} "
          f"{'only here':>10}")
    rows = []
    for size in [int(s) for s in args.sizes.split(",")]:
        runs = [json.loads(subprocess.run([sys.executable, __file__, args.path, "--child", str(size)],
                                          capture_output=True, text=True, check=True).stdout)
                for _ in range(args.repeat)]
        r = dict(runs[0], seconds=statistics.median(x["seconds"] for x in runs),
                 peak_mb_added=statistics.median(x["peak_mb_added"] for x in runs))
        rows.append(r)
        print(f"{r['articles']:>9,} {r['sentences']:>10,} {r['pairs']:>7,} {r['seconds']:>8.2f} "
              f"{r['peak_mb_added']:>14.0f} {r['largest_group']:>14} {r['only_here']:>10.2f}")
    if len(rows) > 1 and rows[0]["seconds"] > 0:
        exponent = math.log(rows[-1]["seconds"] / rows[0]["seconds"]) / math.log(rows[-1]["articles"] /
                                                                                    rows[0]["articles"])
        print(f"growth exponent (time ~ articles^k), from {rows[0]['articles']:,} to {rows[-1]['articles']:,} "
              f"articles: k = {exponent:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

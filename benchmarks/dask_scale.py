"""Throughput and peak memory per worker of the Dask path (``mk.scan_corpus``) at 1 and 2 workers.

Usage:
    python benchmarks/dask_scale.py [PATH] [--copies 50] [--shards-per-copy 4] [--workers 1,2]
                                    [--memory-limit 2GB] [--measures keyness,word_choice,figures]

``--measures`` may also name term_counts, crowd_estimates, actor_mentions, actor_labels and quotes.

PATH is a corpus file (default: ``../shared/bench/allsides-20mb.parquet``; ``id`` is taken as ``doc_id``). It is
written ``--copies`` times as Parquet shards with fresh doc ids into a temporary folder (50 copies of the 20 MB
file make 1 GB of text). For each worker count a new ``LocalCluster`` starts (fresh processes, one thread each,
``--memory-limit`` each) and runs every measure over the shards. Peak memory per worker is each worker process's
``VmHWM`` read on the worker at the end (the kernel's high-water mark, not a sample). Throughput is text MB
per second of wall time. Machines here drift by about 30 %; read ratios within one run.
"""

from __future__ import annotations

import argparse
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT.parent / "shared" / "bench" / "allsides-20mb.parquet"


def _worker_peak_mb() -> float:
    """This process's high-water mark of resident memory: ``VmHWM``, the kernel's own record for this program.
    (``ru_maxrss`` would also count the memory of the process a worker was forked from before it started.)"""
    try:
        with open("/proc/self/status") as f:
            return next(int(line.split()[1]) for line in f if line.startswith("VmHWM:")) / 1024
    except (OSError, StopIteration):              # pragma: no cover - not Linux
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def write_shards(path: str, folder: Path, copies: int, per_copy: int) -> float:
    """Writes the corpus ``copies`` times with fresh ids; returns the MB of text written."""
    sys.path.insert(0, str(Path(__file__).parent))
    from scale import read_frame

    frame = read_frame(path)
    frame = frame.assign(doc_id=frame["doc_id"].astype(str), published=frame["published"].astype(str))
    n = len(frame)
    for k in range(copies):
        copy = frame.assign(doc_id=frame["doc_id"] + f"~{k}")
        for j in range(per_copy):
            copy.iloc[j * n // per_copy:(j + 1) * n // per_copy].to_parquet(folder / f"part-{k:04d}-{j}.parquet")
    return copies * frame["text"].str.len().sum() / 2**20


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", default=str(DEFAULT))
    parser.add_argument("--copies", type=int, default=50)
    parser.add_argument("--shards-per-copy", type=int, default=4)
    parser.add_argument("--workers", default="1,2")
    parser.add_argument("--memory-limit", default="2GB")
    parser.add_argument("--measures", default="keyness,word_choice,figures")
    args = parser.parse_args(argv)
    import warnings

    warnings.simplefilter("ignore")                  # the corpus's notes (mojibake repaired) are not measured here

    from distributed import Client, LocalCluster

    import mediakit as mk

    calls = {"keyness": mk.keyness, "term_counts": mk.term_counts, "word_choice": mk.word_choice,
             "figures": mk.figures, "crowd_estimates": mk.crowd_estimates, "actor_mentions": mk.actor_mentions,
             "actor_labels": mk.actor_labels, "quotes": mk.quotes}
    folder = Path(tempfile.mkdtemp(prefix="mediakit-shards-"))
    try:
        text_mb = write_shards(args.path, folder, args.copies, args.shards_per_copy)
        shards = len(list(folder.iterdir()))
        print(f"corpus: {args.path} x{args.copies} = {text_mb:,.0f} MB of text in {shards} Parquet shards; "
              f"workers capped at {args.memory_limit} each")
        print(f"{'workers':>7} {'measure':<14}{'seconds':>9}{'MB/s':>8}{'rows':>10}  peak MB per worker (VmHWM)")
        for workers in [int(w) for w in args.workers.split(",")]:
            cluster = LocalCluster(n_workers=workers, threads_per_worker=1, memory_limit=args.memory_limit,
                                   processes=True, dashboard_address=":0", silence_logs=50)
            with Client(cluster) as client:
                started_workers = set(client.scheduler_info()["workers"])
                lazy = mk.scan_corpus(folder, lexicon=False, client=client)
                for name in args.measures.split(","):
                    started = time.perf_counter()
                    rows = len(calls[name](lazy))
                    seconds = time.perf_counter() - started
                    peaks = sorted(client.run(_worker_peak_mb).values())
                    print(f"{workers:>7} {name:<14}{seconds:>9.1f}{text_mb / seconds:>8.2f}{rows:>10,}  "
                          + ", ".join(f"{p:,.0f}" for p in peaks), flush=True)
                replaced = len(started_workers - set(client.scheduler_info()["workers"]))
            cluster.close()
            print(f"{workers:>7} workers: " + ("no worker passed its cap (none was restarted)" if not replaced else
                                                f"{replaced} worker(s) restarted, over the cap")
                  + f"; this process (the client, holding the results) peaked at {_worker_peak_mb():,.0f} MB")
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Wall time and peak memory of ``mediakit report`` on a corpus file, with the corpus tables built once.

Usage:
    python benchmarks/report_scale.py [PATH] [--replicate K] [--jobs N] [--out DIR]

PATH is a corpus file (default: ``../shared/bench/allsides-20mb.parquet``; ``id`` is taken as ``doc_id`` and
``date`` as ``published``); ``--replicate 11`` copies it with fresh doc ids to 225 MB (the whole AllSides
collection's size). The report runs as users run it, ``mediakit report PATH --jobs N``, in a fresh process tree.

Memory is read two ways, both from the kernel's own high-water marks, never sampled:

- the largest single process (``ru_maxrss`` of the children: the CLI or one notebook's kernel);
- the whole tree at once, where this Linux machine lets us make a memory cgroup (v1 ``memory.max_usage_in_bytes``
  or v2 ``memory.peak``): every kernel running together, plus the page cache of the files they read, so an
  upper bound.
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT.parent / "shared" / "bench" / "allsides-20mb.parquet"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", default=str(DEFAULT))
    parser.add_argument("--replicate", type=int, default=1)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--out", default=None, help="report folder (default: a temporary one)")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(Path(__file__).parent))
    from scale import in_cgroup, make_cgroup, read_frame

    work = Path(tempfile.mkdtemp(prefix="mediakit-report-"))
    corpus = work / "corpus.parquet"
    frame = read_frame(args.path, args.replicate)
    frame.to_parquet(corpus)
    text_mb, documents, outlets = frame["text"].str.len().sum() / 2**20, len(frame), frame["outlet"].nunique()
    del frame
    out = Path(args.out) if args.out else work / "reports"
    group = make_cgroup()
    command = [str(Path(sys.executable).parent / "mediakit"), "report", str(corpus), "--out", str(out), "--jobs",
               str(args.jobs)]
    started = time.perf_counter()
    run = subprocess.run(in_cgroup(group, command), capture_output=True, text=True)  # joins it before it starts
    seconds = time.perf_counter() - started
    largest = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    tree = None
    if group is not None:
        tree = int((group[0] / group[1]).read_text()) / 2**20
        try:
            group[0].rmdir()
        except OSError:
            pass
    print(f"corpus: {args.path} x{args.replicate}: {documents:,} documents from {outlets:,} outlets, "
          f"{text_mb:,.0f} MB of text; mediakit report --jobs {args.jobs}")
    print(f"exit {run.returncode}; {seconds / 60:.1f} min (goal <= 10 on 225 MB); largest process peak "
          f"{largest:,.0f} MB; whole tree peak "
          + (f"{tree:,.0f} MB incl. page cache (goal <= 6,000 on 225 MB)" if tree is not None else
             "not measurable here (no memory cgroup)"))
    for line in run.stdout.splitlines():
        if "failed" in line or " done in " in line:
            print(line)
    return run.returncode


if __name__ == "__main__":
    sys.exit(main())

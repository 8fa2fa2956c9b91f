"""Issue 9's goals, each measured beside its reference: loading speed and memory, loading + keyness against a
polars + numpy script, and how every measure grows with the corpus.

Usage:
    python benchmarks/scale.py [PATH] [--replicate K] [--sizes 0.25,0.5,1] [--repeat N] [--steps ...]

PATH is any corpus file ``load_corpus`` reads (default: ``../shared/bench/allsides-20mb.parquet``; ``id`` is taken
as ``doc_id`` and ``date`` as ``published``). ``--replicate K`` copies it K times with fresh doc ids (K = 11 turns
the 20 MB file into 225 MB, the size of the whole AllSides collection).

Every step runs in a **fresh process** that first reads the texts into memory (not timed), then resets the
kernel's record of its highest resident size (``/proc/self/clear_refs``) and does the step alone. Peak memory is
``ru_maxrss`` after the step minus the resident size before it: the kernel's own high-water mark, so no short
peak is missed (sampling RSS misses them). ``load_corpus`` builds its tables in worker processes forked from the
step's process (one per core, ``--workers`` to set), whose memory ``ru_maxrss`` of the step's process does not
hold. So where this Linux machine lets us make a memory cgroup, each step's process runs in one, and the peak is
the cgroup's high-water mark (v1 ``memory.max_usage_in_bytes``, reset after the texts are read) minus its usage
then: every process of the step at once, pages shared between a worker and its parent counted once, plus any
page cache the step reads. The reference is measured the same way. Without a cgroup, the step's process alone
is measured and the line says so (``--workers 1`` then measures everything). Times and peaks are medians of
``--repeat`` runs. Machines here drift by about 30 % and other jobs may run, so read the ratios within one run.

Steps:

- ``load``: ``load_corpus`` on the texts in memory, on one core (``workers=1``). Goal: at least 1 M tokens/s, peak
  added at most 10x the text.
- ``load+keyness`` beside ``reference``: ``load_corpus`` (its default workers, one per core, or ``--workers``)
  then ``keyness(by="outlet")``, against a script written here, whose polars uses every core too: polars
  lower-cases and tokenises with one regular expression (``str.extract_all``), counts outlet x term, and numpy
  computes G2 and the log ratio of every term of every outlet against the rest. Goal: within 1.5x its time and
  no more memory.
- ``measures``: each measure on a loaded corpus at three sizes (``--sizes``, fractions of the corpus), the
  growth exponent being the slope of log(time) on log(documents): 1 is linear, 2 quadratic.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT.parent / "shared" / "bench" / "allsides-20mb.parquet"
PATTERN = r"\w+(?:[-'’]\w+)*"
MEASURES = ["term_counts", "keyness", "word_choice", "figures", "crowd_estimates", "quotes", "actor_labels",
            "claims", "coverage"]


def read_frame(path: str, replicate: int = 1):
    """The corpus as a DataFrame (doc_id, outlet, title, published, text), copied ``replicate`` times."""
    import pandas as pd

    import mediakit as mk

    p = Path(path)
    if p.is_dir():
        frame = mk.load_corpus(p, quiet=True).docs.drop(columns=["file", "encoding", "language", "original"],
                                                        errors="ignore")
    else:
        frame = pd.read_parquet(p) if p.suffix == ".parquet" else (
            pd.read_json(p, lines=True) if p.suffix == ".jsonl" else pd.read_csv(p))
        frame = frame.rename(columns={k: v for k, v in {"id": "doc_id", "date": "published"}.items()
                                      if k in frame and v not in frame})
    if replicate > 1:
        frame = pd.concat([frame.assign(doc_id=frame["doc_id"].astype(str) + f"~{k}") for k in range(replicate)],
                          ignore_index=True)
    return frame


def make_cgroup() -> tuple[Path, str] | None:
    """A fresh memory cgroup and the file holding its peak, or None where none can be made."""
    name = f"mediakit-bench-{os.getpid()}"
    for base, peak in ((Path("/sys/fs/cgroup/memory"), "memory.max_usage_in_bytes"), (Path("/sys/fs/cgroup"),
                                                                                      "memory.peak")):
        try:
            group = base / name
            group.mkdir()
            if (group / peak).exists():
                return group, peak
            group.rmdir()
        except OSError:
            continue
    return None


def in_cgroup(group: tuple[Path, str] | None, command: list[str]) -> list[str]:
    """``command`` made to join ``group`` before it starts, so that every process it forks is counted there."""
    if group is None:
        return command
    return ["sh", "-c", f'echo $$ > "{group[0]}/cgroup.procs" && exec "$@"', "sh", *command]


def _cgroup_reset() -> float | None:
    """Resets this process's cgroup's high-water mark to its usage now (v1) and returns that usage in MB, or None
    where it cannot be reset (no cgroup given, or v2 before Linux 6.12)."""
    folder, peak = os.environ.get("MEDIAKIT_BENCH_CGROUP", ""), os.environ.get("MEDIAKIT_BENCH_CGROUP_PEAK", "")
    if not folder:
        return None
    try:
        Path(folder, peak).write_text("0")
        usage = Path(folder, "memory.usage_in_bytes" if peak == "memory.max_usage_in_bytes" else "memory.current")
        return int(usage.read_text()) / 2**20
    except OSError:
        return None


def _cgroup_peak_mb() -> float:
    return int(Path(os.environ["MEDIAKIT_BENCH_CGROUP"], os.environ["MEDIAKIT_BENCH_CGROUP_PEAK"]).read_text()) / 2**20


def _rss_mb() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * 4096 / 2**20


def _reset_peak() -> None:
    try:
        with open("/proc/self/clear_refs", "w") as f:
            f.write("5")                     # resets the high-water mark that ru_maxrss reads
    except OSError:                          # pragma: no cover - not Linux, or not allowed: peaks include the read
        pass


def _peak_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def reference_keyness(frame):
    """The reference: polars tokenises and counts, numpy scores every outlet's terms against the rest."""
    import numpy as np
    import polars as pl

    counts = (pl.from_pandas(frame[["outlet", "text"]])
              .select(pl.col("outlet"), pl.col("text").str.to_lowercase().str.extract_all(PATTERN).alias("term"))
              .explode("term").drop_nulls("term")
              .group_by(["outlet", "term"]).len())
    outlets, outlet_codes = np.unique(counts["outlet"].to_numpy(), return_inverse=True)
    term_codes = np.unique(counts["term"].to_numpy(), return_inverse=True)[1]
    a = counts["len"].to_numpy().astype(np.float64)
    pooled = np.bincount(term_codes, weights=a)
    total = np.bincount(outlet_codes, weights=a)
    n_all = total.sum()
    b, ta = pooled[term_codes] - a, total[outlet_codes]
    tb = n_all - ta
    e1, e2 = ta * (a + b) / n_all, tb * (a + b) / n_all
    with np.errstate(divide="ignore", invalid="ignore"):
        g2 = 2 * (np.where(a > 0, a * np.log(a / e1), 0) + np.where(b > 0, b * np.log(b / e2), 0))
        log_ratio = np.log2((np.maximum(a, 0.5) / ta) / (np.maximum(b, 0.5) / tb))
    keep = a >= 2
    return len(outlets), int(keep.sum()), float(np.nanmax(g2[keep])) if keep.any() else 0.0, log_ratio[keep]


def run_step(step: str, path: str, replicate: int, fraction: float, measure: str | None,
             workers: int | None = None) -> dict:
    """One step in this (fresh) process; returns its figures."""
    import time
    import warnings

    import mediakit as mk

    warnings.simplefilter("ignore")
    frame = read_frame(path, replicate)
    frame = frame.iloc[:max(1, round(len(frame) * fraction))].reset_index(drop=True)
    text_mb = frame["text"].str.len().sum() / 2**20
    out = {"step": step, "documents": len(frame), "text_mb": text_mb}
    if step == "reference":
        import polars  # noqa: F401  (imported before the reset, as mediakit is)
    if step == "measures":
        corpus = mk.load_corpus(frame, quiet=True, lexicon=False, workers=workers)
        del frame
        call = {"term_counts": mk.term_counts, "keyness": mk.keyness, "word_choice": mk.word_choice,
                "figures": mk.figures, "crowd_estimates": mk.crowd_estimates, "quotes": mk.quotes,
                "actor_labels": mk.actor_labels, "claims": mk.claims,
                "coverage": lambda c: mk.coverage(c, alignment=mk.align(c))}[measure]
        _reset_peak()
        before, group_before = _rss_mb(), _cgroup_reset()
        started = time.perf_counter()
        call(corpus)
    else:
        _reset_peak()
        before, group_before = _rss_mb(), _cgroup_reset()
        started = time.perf_counter()
        if step == "reference":
            reference_keyness(frame)
        else:
            corpus = mk.load_corpus(frame, quiet=True, lexicon=False, workers=workers)
            out["tokens"] = len(corpus.tokens)
            if step == "load+keyness":
                mk.keyness(corpus)
    out["seconds"] = time.perf_counter() - started
    out["self_mb_added"] = _peak_mb() - before                # this process alone (ru_maxrss)
    out["workers_mb"] = _children_mb()                # the largest forked worker, shared pages included
    out["all_processes"] = group_before is not None
    out["peak_mb_added"] = _cgroup_peak_mb() - group_before if group_before is not None else out["self_mb_added"]
    return out


def _children_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def _child(step: str, args, fraction: float = 1.0, measure: str | None = None, workers: int | None = None) -> dict:
    workers = workers or args.workers
    cmd = [sys.executable, __file__, args.path, "--child", step, "--replicate", str(args.replicate),
           "--fraction", str(fraction)] + (["--measure", measure] if measure else []) + (
        ["--workers", str(workers)] if workers else [])
    env = dict(os.environ)
    if args.group is not None:
        env.update(MEDIAKIT_BENCH_CGROUP=str(args.group[0]), MEDIAKIT_BENCH_CGROUP_PEAK=args.group[1])
    runs = []
    for _ in range(args.repeat):
        done = subprocess.run(in_cgroup(args.group, cmd), capture_output=True, text=True, check=False, env=env)
        if done.returncode != 0:
            raise SystemExit(f"{step} {measure or ''} failed:\n{done.stderr[-3000:]}")
        runs.append(json.loads(done.stdout.strip().splitlines()[-1]))
    best = dict(runs[0])
    for key in ("seconds", "peak_mb_added", "self_mb_added", "workers_mb"):
        best[key] = statistics.median(r[key] for r in runs)
    return best


def _verdict(ok: bool) -> str:
    return "goal met" if ok else "goal NOT met"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", default=str(DEFAULT))
    parser.add_argument("--replicate", type=int, default=1, help="copies of the corpus, with fresh doc ids")
    parser.add_argument("--sizes", default="0.25,0.5,1", help="fractions of the corpus for the growth exponents")
    parser.add_argument("--repeat", type=int, default=1, help="runs per step (median)")
    parser.add_argument("--steps", default="load,keyness,measures", help="which of load, keyness, measures")
    parser.add_argument("--measures", default=",".join(MEASURES))
    parser.add_argument("--workers", type=int, default=None,
                        help="load_corpus's worker processes (default: mediakit's, one per core on Linux)")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--fraction", type=float, default=1.0, help=argparse.SUPPRESS)
    parser.add_argument("--measure", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(run_step(args.child, args.path, args.replicate, args.fraction, args.measure, args.workers)))
        return 0
    args.group = make_cgroup()
    try:
        return _run(args)
    finally:
        if args.group is not None:
            try:
                args.group[0].rmdir()
            except OSError:
                pass


def _memory(r: dict) -> str:
    """How a step's peak was read, for the printed line."""
    if r["all_processes"]:
        return (f"all processes (memory cgroup); this process alone {r['self_mb_added']:,.0f} MB, its largest worker "
                f"{r['workers_mb']:,.0f} MB resident, shared pages included")
    return "this process only (no memory cgroup here: run with --workers 1 to measure everything)"


def _run(args) -> int:
    from mediakit.corpus import default_workers

    steps = args.steps.split(",")
    first = None
    if "load" in steps:                                   # the goal is for one core
        r = first = _child("load", args, workers=1)
        rate = r["tokens"] / r["seconds"]
        ratio = r["peak_mb_added"] / r["text_mb"]
        print(f"corpus: {args.path} x{args.replicate}: {r['documents']:,} documents, {r['text_mb']:,.1f} MB of text, "
              f"{r['tokens']:,} tokens")
        print(f"load_corpus on one core (workers=1): {r['seconds']:.1f} s, {rate / 1e6:.2f} M tokens/s (goal >= 1), "
              f"peak added {r['peak_mb_added']:,.0f} MB = {ratio:.1f}x the text (goal <= 10x): "
              f"{_verdict(rate >= 1e6 and ratio <= 10)}; memory of {_memory(r)}")
    if "keyness" in steps:
        try:
            import polars  # noqa: F401
        except ImportError:
            print("load_corpus + keyness: the reference needs polars: pip install -e '.[bench]' (make bench does)")
            steps = [s for s in steps if s != "keyness"]
    if "keyness" in steps:
        ours, ref = _child("load+keyness", args), _child("reference", args)
        if first is None:
            print(f"corpus: {args.path} x{args.replicate}: {ours['documents']:,} documents, "
                  f"{ours['text_mb']:,.1f} MB of text")
        print(f"load_corpus (workers={args.workers or default_workers()}) + keyness(by='outlet'): "
              f"{ours['seconds']:.1f} s, peak added {ours['peak_mb_added']:,.0f} MB"
              f" | reference (polars tokenise + numpy keyness): {ref['seconds']:.1f} s, peak added "
              f"{ref['peak_mb_added']:,.0f} MB | time {ours['seconds'] / ref['seconds']:.2f}x (goal <= 1.5x), "
              f"memory {ours['peak_mb_added'] / max(ref['peak_mb_added'], 1):.2f}x (goal <= 1x): "
              f"{_verdict(ours['seconds'] <= 1.5 * ref['seconds'] and ours['peak_mb_added'] <= ref['peak_mb_added'])}"
              f"; memory of {_memory(ours)}")
    if "measures" in steps:
        sizes = [float(s) for s in args.sizes.split(",")]
        print(f"{'measure':<16}" + "".join(f"{'docs':>8}{'s':>8}{'MB':>7}" for _ in sizes) + f"{'exponent':>10}")
        for measure in args.measures.split(","):
            rows = [_child("measures", args, f, measure) for f in sizes]
            xs = [math.log(r["documents"]) for r in rows]
            ys = [math.log(max(r["seconds"], 1e-4)) for r in rows]
            mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
            den = sum((x - mx) ** 2 for x in xs)
            slope = sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / den if den else float("nan")
            print(f"{measure:<16}" + "".join(f"{r['documents']:>8,}{r['seconds']:>8.2f}{r['peak_mb_added']:>7.0f}"
                                             for r in rows) + f"{slope:>10.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

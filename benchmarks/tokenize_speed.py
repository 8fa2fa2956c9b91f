"""Tokens per second and peak memory of ``load_corpus(...).tokens``, beside two reference pipelines.

Usage:
    python benchmarks/tokenize_speed.py PATH [--repeat N]

PATH is any corpus load_corpus reads (a folder, or a .csv/.jsonl/.parquet file; an ``id`` column is taken as
``doc_id``). Each method runs in a fresh process on the texts already in memory, so reading the file is not
timed and one method's memory does not count against another's:

- mediakit: the whole ``load_corpus`` (checks, cleaning, sentences, tokens with offsets, norms, flags);
- NLTK: Punkt (the same shipped parameters) + NLTKWordTokenizer, document by document;
- regex: ``re.findall(r"\\w+")`` document by document (a floor: no offsets, sentences or norms).

Peak memory is the process's ``ru_maxrss`` (the kernel's high-water mark, reset just before the call) minus
the resident size just before: no short peak is missed.
The median of ``--repeat`` runs is printed; machines drift, so compare methods within one run.
"""

from __future__ import annotations

import argparse
import gc
import json
import re
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

METHODS = {
    "mediakit": "mediakit load_corpus(...).tokens",
    "nltk": "NLTK Punkt + NLTKWordTokenizer per document",
    "regex": "re.findall(r'\\w+') per document",
}


def read_frame(path: str):
    """The corpus as a DataFrame with doc_id, outlet and text (not timed)."""
    import pandas as pd

    import mediakit as mk

    p = Path(path)
    if p.is_dir():
        return mk.load_corpus(p, quiet=True).docs.drop(columns=["file", "encoding"])
    frame = pd.read_parquet(p) if p.suffix == ".parquet" else (
        pd.read_json(p, lines=True) if p.suffix == ".jsonl" else pd.read_csv(p))
    renames = {"id": "doc_id", "date": "published"}
    return frame.rename(columns={k: v for k, v in renames.items() if k in frame and v not in frame})


class PeakRSS:
    """The peak resident size a block adds, from the kernel's own high-water mark (``ru_maxrss``), reset at the
    start through ``/proc/self/clear_refs``: no short peak is missed, as sampling would miss it."""

    def __enter__(self):
        gc.collect()
        try:
            with open("/proc/self/clear_refs", "w") as f:
                f.write("5")
        except OSError:                       # pragma: no cover - not Linux: the peak may include earlier work
            pass
        self.start = _rss()
        return self

    def __exit__(self, *exc):
        self.peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
        self.added = self.peak - self.start


def _rss() -> int:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * 4096


def run(method: str, path: str) -> dict:
    """Runs one method on the corpus at ``path``; returns tokens, seconds and peak memory added."""
    frame = read_frame(path)
    texts = frame["text"].fillna("").astype(str).tolist()
    chars = sum(map(len, texts))
    if method == "mediakit":
        import mediakit as mk

        with PeakRSS() as mem:
            t0 = time.perf_counter()
            corpus = mk.load_corpus(frame, progress=False, quiet=True)
            seconds = time.perf_counter() - t0
        n = len(corpus.tokens)
        tables = sum(getattr(corpus, name).memory_usage(deep=True).sum()
                     for name in ("docs", "sections", "sentences", "tokens"))
    elif method == "nltk":
        from nltk.tokenize import NLTKWordTokenizer
        from nltk.tokenize.punkt import PunktSentenceTokenizer

        from mediakit.lexicons import load_punkt

        tables = 0
        punkt, words = PunktSentenceTokenizer(load_punkt().to_nltk()), NLTKWordTokenizer()
        with PeakRSS() as mem:
            t0 = time.perf_counter()
            n = sum(len(words.tokenize(s)) for text in texts for s in punkt.tokenize(text))
            seconds = time.perf_counter() - t0
    else:
        tables = 0
        pattern = re.compile(r"\w+")
        with PeakRSS() as mem:
            t0 = time.perf_counter()
            n = sum(len(pattern.findall(text)) for text in texts)
            seconds = time.perf_counter() - t0
    return {"method": method, "docs": len(texts), "chars": chars, "tokens": n, "seconds": seconds,
            "peak_added": mem.added, "tables": int(tables)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("path", help="corpus folder or .csv/.jsonl/.parquet file")
    parser.add_argument("--repeat", type=int, default=3, help="runs per method (median printed)")
    parser.add_argument("--methods", default="mediakit,nltk,regex", help="comma-separated: " + ", ".join(METHODS))
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(run(args.child, args.path)))
        return 0
    if not Path(args.path).exists():
        parser.error(f"{args.path}: no such file or folder")
    results = {}
    for method in args.methods.split(","):
        runs = []
        for _ in range(args.repeat):
            child = subprocess.run([sys.executable, __file__, args.path, "--child", method],
                                   capture_output=True, text=True, check=True)
            runs.append(json.loads(child.stdout.strip().splitlines()[-1]))
        results[method] = runs
    first = next(iter(results.values()))[0]
    mb = first["chars"] / 1e6
    print(f"corpus: {args.path}: {first['docs']:,} documents, {first['chars']:,} characters; "
          f"median of {args.repeat} runs, one process each, one core")
    print(f"{'method':46} {'tokens':>11} {'seconds':>8} {'tokens/s':>10} {'peak MB added':>14} {'x text':>7}"
          f" {'tables MB':>10}")
    for method, runs in results.items():
        seconds = statistics.median(r["seconds"] for r in runs)
        peak = statistics.median(r["peak_added"] for r in runs) / 1e6
        tokens = runs[0]["tokens"]
        print(f"{METHODS[method]:46} {tokens:>11,} {seconds:>8.2f} {tokens / seconds / 1e6:>9.2f}M "
              f"{peak:>14.0f} {peak / mb:>7.1f} {runs[0]['tables'] / 1e6:>10.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

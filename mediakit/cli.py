"""The ``mediakit`` command: ``mediakit report CORPUS --out DIR`` and ``mediakit summary CORPUS``."""

from __future__ import annotations

import argparse
import sys


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``mediakit`` command; returns the exit code."""
    parser = argparse.ArgumentParser(prog="mediakit", description="Comparative media analysis reports.")
    sub = parser.add_subparsers(dest="command", required=True)
    rep = sub.add_parser("report", help="run every notebook on a corpus and write HTML reports")
    rep.add_argument("corpus", help="corpus folder (metadata.csv + texts) or .csv/.jsonl/.parquet file")
    rep.add_argument("--out", default="reports", help="folder for the HTML reports (default: reports)")
    rep.add_argument("--notebooks", default=None, help="folder of the numbered notebooks")
    rep.add_argument("--lexicon", default=None,
                     help="event lexicon (TOML) to use (default: the corpus folder's lexicon.toml, if any)")
    rep.add_argument("--rename", action="append", default=[], metavar="OLD=NEW",
                     help="rename a column of a single-file corpus, e.g. --rename id=doc_id --rename date=published")
    rep.add_argument("--jobs", type=int, default=1, help="notebooks to run at once (default: 1)")
    rep.add_argument("--hide-code", action="store_true", help="leave the code out of the HTML reports")
    rep.add_argument("--cache", default=None, metavar="DIR",
                     help="folder for the corpus tables, built once and reused while the input is unchanged "
                          "(default: OUT/.cache)")
    rep.add_argument("--no-cache", action="store_true", help="let every notebook load the corpus itself")
    rep.add_argument("--scheduler", default=None, metavar="ADDRESS",
                     help="build the corpus tables on the Dask cluster at this address (tcp://host:8786)")
    summ = sub.add_parser("summary", help="load a corpus and print its one-line summary")
    summ.add_argument("corpus")
    summ.add_argument("--lexicon", default=None, help="event lexicon (TOML) to use")
    summ.add_argument("--rename", action="append", default=[], metavar="OLD=NEW", help="rename a column")
    args = parser.parse_args(argv)
    if args.command == "summary":
        from .corpus import CorpusError, load_corpus

        try:
            load_corpus(args.corpus, lexicon=args.lexicon, rename=",".join(args.rename))
        except (CorpusError, ValueError) as err:
            print(f"mediakit: {err}", file=sys.stderr)
            return 2
        return 0
    from .report import build_reports

    try:
        from .corpus import parse_renames

        parse_renames(",".join(args.rename))
        table = build_reports(args.corpus, out=args.out, notebooks=args.notebooks, lexicon=args.lexicon,
                              rename=",".join(args.rename), hide_code=args.hide_code, jobs=args.jobs,
                              cache=False if args.no_cache else args.cache, scheduler=args.scheduler)
    except (FileNotFoundError, ValueError, OSError) as err:         # OSError: no scheduler at that address
        print(f"mediakit: {err}", file=sys.stderr)
        return 2
    failed = table[~table["ok"]]
    print(f"mediakit report: {len(table) - len(failed)} of {len(table)} notebooks ran; "
          f"open {args.out}/index.html")
    return 1 if len(failed) else 0


if __name__ == "__main__":
    sys.exit(main())

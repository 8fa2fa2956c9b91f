"""Reports: every numbered notebook executed on a corpus (papermill) and converted to standalone HTML.

The HTML has its images embedded and no script or style from the network, so it opens offline.
"""

from __future__ import annotations

import html
import multiprocessing
import os
import re
import sys
from datetime import datetime
from pathlib import Path
from typing import Literal

import pandas as pd

NOTEBOOK = re.compile(r"^\d\d-.+\.ipynb$")
INTERACTIVE = "00-"             # the explorer answers in JupyterLab; a static report cannot, so it is left out
_REMOTE = re.compile(r"""<(script|link)\b[^>]*\b(src|href)=["']https?://[^"']*["'][^>]*>(\s*</script>)?""", re.I)
_SCRIPT = re.compile(r"<script\b[^>]*>.*?</script>", re.I | re.S)
_LOADS_REMOTE = re.compile(r"""import\s*\(\s*["']https?://|=\s*["']https?://[^"']*\.m?js["']""")


def find_notebooks(folder: str | Path | None = None) -> list[Path]:
    """The numbered notebooks (``NN-name.ipynb``) of ``folder``, in order, but the interactive ``00-`` ones.

    Args:
        folder: Where the notebooks are; by default the ``notebooks/`` folder of the mediakit checkout, or of
            the current directory.

    Raises:
        FileNotFoundError: If there is no such folder or it holds no numbered notebook.
    """
    candidates = [Path(folder)] if folder is not None else [
        Path(__file__).resolve().parent.parent / "notebooks", Path.cwd() / "notebooks"]
    for candidate in candidates:
        found = sorted(p for p in candidate.glob("*.ipynb") if NOTEBOOK.match(p.name) and not p.name.startswith(
            INTERACTIVE))
        if found:
            return found
    raise FileNotFoundError(f"no numbered notebooks (NN-name.ipynb) in {', '.join(map(str, candidates))}; "
                            "pass the folder with --notebooks")


def run_notebook(notebook: str | Path, corpus: str | Path, *, out: str | Path, lexicon: str | Path | None = None,
                 rename: str = "", hide_code: bool = False, cache: str | Path | None = None,
                 timeout: int = 1800) -> dict[str, object]:
    """Executes one notebook on ``corpus`` (with the event ``lexicon``, if given) with papermill and writes
    ``out/<name>.html``.

    The executed notebook is kept as ``out/executed/<name>.ipynb``. A notebook that fails is still converted,
    so its HTML shows the error.

    Returns:
        A dict with ``notebook, html, ok, error, seconds``.
    """
    import papermill

    notebook, out = Path(notebook), Path(out)
    executed = out / "executed" / notebook.name
    executed.parent.mkdir(parents=True, exist_ok=True)
    _kernel_uses_this_python()
    started, error = datetime.now(), ""
    parameters = {"corpus": _as_named(corpus), "progress": False}      # as the user named it, never the home path
    if lexicon:
        parameters["lexicon"] = _as_named(lexicon)
    if rename:
        parameters["rename"] = rename
    if cache:
        parameters["cache"] = str(Path(cache).resolve())       # not shown in the HTML (see to_html)
    for _ in range(1 + START_RETRIES):
        try:
            papermill.execute_notebook(str(notebook), str(executed), parameters=parameters,
                                       kernel_manager_class=_kernel_manager(executed.with_suffix(".kernel.log")),
                                       cwd=os.getcwd(), kernel_name="python3", progress_bar=False,
                                       execution_timeout=timeout)
            error = ""
        except Exception as err:  # noqa: BLE001 - the error is reported in the table and the HTML
            error = f"{type(err).__name__}: {str(err).strip().splitlines()[-1] if str(err).strip() else ''}"
            if _KERNEL_NOT_STARTED in str(err):
                continue                       # the kernel never started (a port taken between its choice and
                #                                its bind, by another kernel starting at once): nothing ran; again
        break
    target = out / notebook.with_suffix(".html").name
    if executed.exists():
        target.write_text(to_html(executed, hide_code=hide_code), encoding="utf-8")
    return {"notebook": notebook.name, "html": target.name, "ok": not error, "error": error,
            "seconds": round((datetime.now() - started).total_seconds(), 1)}


# Every process of a report gives large blocks of memory back to the system when it frees them. By default
# glibc keeps a freed block of a size it has seen for reuse (its mmap threshold grows up to 32 MB) and Arrow's
# mimalloc pool keeps what it freed too, so each step of a notebook starts above the last one's high-water mark:
# on the 20 MB file, notebook 04's steps (reading the token table, keyness of words and of pairs, collocations)
# peaked at 798 MB with the defaults and 588 MB with these two settings, for a few tenths of a second more; the
# process of actor mentions and quotes at 525 MB and 470 MB, in the same time.
LEAN_MEMORY = {"ARROW_DEFAULT_MEMORY_POOL": "system", "MALLOC_MMAP_THRESHOLD_": "131072"}


def _lean_memory() -> None:
    """:data:`LEAN_MEMORY` in this (already started) process, unless its environment sets them otherwise."""
    if "ARROW_DEFAULT_MEMORY_POOL" not in os.environ:
        import pyarrow as pa

        pa.set_memory_pool(pa.system_memory_pool())
    if "MALLOC_MMAP_THRESHOLD_" not in os.environ and sys.platform.startswith("linux"):
        import ctypes

        try:
            ctypes.CDLL("libc.so.6").mallopt(-3, int(LEAN_MEMORY["MALLOC_MMAP_THRESHOLD_"]))   # M_MMAP_THRESHOLD
        except (OSError, AttributeError):     # not glibc (musl): its allocator returns large blocks anyway
            pass


START_RETRIES = 2          # a kernel that dies before it replies is started again, this many times at most
_KERNEL_NOT_STARTED = "Kernel died before replying to kernel_info"


def _kernel_manager(log: Path):
    """A kernel manager whose kernel writes its own log lines (start-up notices, transport warnings) to ``log``
    instead of the terminal: a report run prints only mediakit's progress, and nothing is lost."""
    from jupyter_client.manager import AsyncKernelManager

    class LoggedKernelManager(AsyncKernelManager):
        async def _async_launch_kernel(self, kernel_cmd, **kw):
            with log.open("ab") as stream:             # the kernel keeps its own copy of the file
                kw["stderr"] = stream
                kw["env"] = {**LEAN_MEMORY, **(kw.get("env") or os.environ)}     # the user's settings win
                return await super()._async_launch_kernel(kernel_cmd, **kw)

    return LoggedKernelManager


def to_html(notebook: str | Path, *, hide_code: bool = False) -> str:
    """Converts an executed notebook to one self-contained HTML page (no network needed to open it).

    The notebook's own ``parameters`` cell (its defaults) is left out: the report shows the parameters it ran
    with, except ``cache`` (where this machine kept the tables: nothing a reader needs, and a local path).
    ``hide_code`` leaves out every code cell's input, for readers who want the prose and the results.
    """
    import nbformat
    from nbconvert import HTMLExporter
    from traitlets.config import Config

    nb = nbformat.read(str(notebook), as_version=4)
    for cell in nb.cells:
        if "injected-parameters" in cell.metadata.get("tags", []):
            cell.source = "\n".join(line for line in cell.source.splitlines() if not line.startswith("cache = "))
    config = Config()
    config.TagRemovePreprocessor.enabled = True
    config.TagRemovePreprocessor.remove_cell_tags = {"parameters"}
    exporter = HTMLExporter(config=config, template_name="lab", embed_images=True, exclude_input_prompt=True,
                            exclude_output_prompt=True, exclude_input=hide_code)
    body, _ = exporter.from_notebook_node(nb)
    return offline(body)


def _as_named(path: str | Path) -> str:
    """A path as the user named it, relative to the working directory where it is inside it."""
    p = Path(path)
    if not p.is_absolute():
        return str(p)
    relative = os.path.relpath(p, Path.cwd())
    return relative if relative.count("..") <= 2 else str(p)     # "../shared/x", not "../../../../x"


def offline(page: str) -> str:
    """Removes every script or stylesheet that would load from the network.

    That is ``<script src=...>`` and ``<link href=...>`` pointing to http(s), and inline scripts that import
    code from http(s) (nbconvert's mermaid loader). Nothing the report shows depends on them.

    Examples:
        >>> offline('<p>x</p><script src="https://example.org/lib/require"></script>')
        '<p>x</p>'
        >>> offline('<script type="module">await import("https://example.org/lib/m")</script><p>y</p>')
        '<p>y</p>'
    """
    page = _REMOTE.sub("", page)
    return _SCRIPT.sub(lambda m: "" if _LOADS_REMOTE.search(m.group()) else m.group(), page)


def build_reports(corpus: str | Path, *, out: str | Path = "reports", notebooks: str | Path | None = None,
                  lexicon: str | Path | None = None, rename: str = "", hide_code: bool = False,
                  jobs: int = 1, cache: str | Path | Literal[False] | None = None,
                  scheduler: str | None = None) -> pd.DataFrame:
    """Runs every numbered notebook on ``corpus`` and writes ``out/index.html`` linking the HTML reports.

    Args:
        corpus: A corpus folder or file, as for :func:`mediakit.load_corpus`.
        out: The folder for the reports (created if needed).
        notebooks: The folder of the notebooks; see :func:`find_notebooks`.
        lexicon: An event lexicon (TOML) for every notebook; by default the corpus folder's ``lexicon.toml``.
        rename: Column renames for a single-file corpus, ``"id=doc_id,date=published"``.
        hide_code: Leave the code out of the HTML (prose and results only).
        jobs: How many notebooks run at once (each in its own kernel).
        cache: Where the corpus tables are kept (default ``out/.cache``): the corpus is loaded once, here, and
            every notebook reads the tables from there, as do later runs on unchanged input (see
            :mod:`mediakit.store`); ``False`` makes each notebook load the corpus itself.
        scheduler: The address of a Dask scheduler (``tcp://host:8786``): the corpus tables are built on its
            workers (see ``load_corpus(client=...)``) into the cache, which the notebooks then read.

    Returns:
        One row per notebook: ``notebook, html, ok, error, seconds``.

    Raises:
        FileNotFoundError: If ``corpus`` does not exist.
    """
    if not Path(corpus).exists():
        raise FileNotFoundError(f"{corpus}: no such corpus folder or file")
    if lexicon and not Path(lexicon).is_file():
        raise FileNotFoundError(f"{lexicon}: no such lexicon file")
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    if not isinstance(jobs, int) or jobs < 1:
        raise ValueError(f"jobs must be a whole number of at least 1, not {jobs!r}")
    if scheduler and cache is False:
        raise ValueError("--scheduler builds the corpus tables into the cache the notebooks read; drop --no-cache")
    import threading
    from concurrent.futures import ThreadPoolExecutor

    lock = threading.Lock()

    def say(line: str) -> None:
        with lock:                                     # whole lines, even with notebooks running at once
            print(line, flush=True)

    if cache is not False:
        cache = Path(cache) if cache else out / ".cache"
        say(f"mediakit report: loading the corpus once (tables kept in {_as_named(cache)})"
            f"{' on the Dask cluster at ' + scheduler if scheduler else ''} ...")
        options = dict(lexicon=lexicon, rename=rename, cache=cache, scheduler=scheduler)
        if not _apart(_load_once, corpus, **options):   # apart: this process holds no corpus while notebooks run
            _load_once(corpus, **options)               # the same error again, here, with its message
    notebooks_found = find_notebooks(notebooks)

    def one(nb: Path) -> dict:
        say(f"mediakit report: running {nb.name} ...")
        row = run_notebook(nb, corpus, out=out, lexicon=lexicon, rename=rename, hide_code=hide_code,
                           cache=cache or None)
        if row["error"]:
            say(f"mediakit report: {nb.name} failed: {row['error']}")
        else:
            say(f"mediakit report: {nb.name} done in {row['seconds']:.0f} s")
        return row

    def warm() -> None:
        say("mediakit report: computing the actor mentions and quotes several notebooks read, beside the first "
            "notebooks ...")
        started = datetime.now()
        done = _apart(_warm, corpus, lexicon, rename, cache)
        seconds = (datetime.now() - started).total_seconds()
        outcome = "done" if done else "failed (the notebooks compute them)"
        say(f"mediakit report: actor mentions and quotes {outcome} in {seconds:.0f} s")

    with ThreadPoolExecutor(max_workers=jobs) as pool:
        if cache is not False and jobs > 1 and len(notebooks_found) > 1:
            pool.submit(warm)                          # first: the slot it takes would otherwise wait for them
        rows = list(pool.map(one, notebooks_found))
    table = pd.DataFrame(rows, columns=["notebook", "html", "ok", "error", "seconds"])
    (out / "index.html").write_text(index_page(table, corpus, out=out), encoding="utf-8")
    return table


def _warm(corpus, lexicon, rename: str, cache: Path) -> None:
    """Computes the tables several notebooks read (the actor mentions, then the quotes that read them) into the
    cache entry, in a process of its own. With notebooks running at once, the first one to need them would
    otherwise compute them while the others wait (see :func:`mediakit.store.derived`); computed here, beside the
    notebooks that do not need them, they are ready when those that do start (the mentions are stored first, so
    that notebook 05 starts on them while the quotes are read)."""
    from .actors import actor_mentions
    from .quotes import quotes

    _lean_memory()            # (not in the process that builds the tables: tokenising is 18 % slower with it)
    loaded = _load_once(corpus, lexicon=lexicon, rename=rename, cache=cache)
    actor_mentions(loaded)
    quotes(loaded)


def _apart(function, *args, **kwargs) -> bool:
    """Runs ``function(*args, **kwargs)`` in a process of its own (its memory is freed when it ends); whether it
    succeeded. An error is not printed there: the caller says what failed."""
    process = multiprocessing.get_context("spawn").Process(target=_quietly, args=(function, *args), kwargs=kwargs)
    process.start()
    process.join()
    return process.exitcode == 0


def _quietly(function, *args, **kwargs) -> None:
    try:
        function(*args, **kwargs)
    except Exception:  # noqa: BLE001 - only the exit code goes back; the caller says what failed
        sys.exit(1)


def _load_once(corpus, *, lexicon, rename: str, cache: Path, scheduler: str | None = None):
    """Builds the corpus tables into ``cache`` (or finds them there), on the Dask cluster at ``scheduler`` if one
    is given; the notebooks then read them. Its warnings are kept with the tables and shown in the notebooks.

    Returns:
        The :class:`mediakit.Corpus`, read from the cache entry.
    """
    import warnings

    from .corpus import load_corpus

    client = None
    if scheduler:
        from distributed import Client

        client = Client(scheduler, timeout="30s")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return load_corpus(corpus, lexicon=lexicon or None, rename=rename or None, cache=cache, quiet=True,
                               client=client)
    finally:
        if client is not None:
            client.close()


def summary_of(executed: str | Path) -> tuple[str, str]:
    """An executed notebook's one-line finding (its cell tagged ``finding``) and its first figure (PNG, base64).

    Returns:
        ``(finding, png)``, each "" where the notebook has none.
    """
    import json

    path = Path(executed)
    if not path.exists():
        return "", ""
    finding, png = "", ""
    for cell in json.loads(path.read_text(encoding="utf-8")).get("cells", []):
        for output in cell.get("outputs", []):
            data = output.get("data", {})
            if not png and "image/png" in data:
                png = _thumbnail("".join(data["image/png"]).strip())
            if "finding" in cell.get("metadata", {}).get("tags", []) and "text/markdown" in data:
                finding = "".join(data["text/markdown"]).replace("**Finding.**", "").strip()
    return finding, png


def _thumbnail(png: str, width: int = 440) -> str:
    """A base64 PNG made at most ``width`` pixels wide (Pillow, which matplotlib brings), so the index stays small."""
    import base64
    import io

    from PIL import Image

    image = Image.open(io.BytesIO(base64.b64decode(png)))
    if image.width > width:
        image = image.resize((width, max(1, round(image.height * width / image.width))))
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return base64.b64encode(buffer.getvalue()).decode("ascii")


def index_page(table: pd.DataFrame, corpus: str | Path, *, out: str | Path | None = None) -> str:
    """The ``index.html`` page: per report a link, its one-line finding and a thumbnail of its first figure."""
    rows = []
    for r in table.itertuples():
        finding, png = summary_of(Path(out) / "executed" / r.notebook) if out is not None else ("", "")
        thumb = (f'<img src="data:image/png;base64,{png}" alt="" style="width:220px;float:right;margin-left:1em;'
                 f'border:1px solid #ddd">' if png else "")
        rows.append(f'<li style="clear:both;margin-bottom:1.5em">{thumb}<a href="{html.escape(r.html)}">'
                    f'{html.escape(_title(r.notebook))}</a>'
                    f'{"" if r.ok else " <strong>failed:</strong> " + html.escape(r.error)}'
                    f'{"<p>" + html.escape(finding) + "</p>" if finding else ""}</li>')
    items = "\n".join(rows)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>mediakit reports</title>
<style>body{{font-family:sans-serif;max-width:56em;margin:2em auto;line-height:1.5}}</style></head>
<body><h1>mediakit reports</h1>
<p>Corpus: <code>{html.escape(_as_named(corpus))}</code>. Built {datetime.now():%Y-%m-%d %H:%M}.</p>
<ol>
{items}
</ol></body></html>
"""


def _title(name: str) -> str:
    return re.sub(r"^\d\d-", "", Path(name).stem).replace("-", " ").capitalize()


def _kernel_uses_this_python() -> None:
    """Puts this interpreter first on PATH, so the ``python3`` kernel runs in the same environment."""
    bindir = str(Path(sys.executable).parent)
    if os.environ.get("PATH", "").split(os.pathsep)[:1] != [bindir]:
        os.environ["PATH"] = bindir + os.pathsep + os.environ.get("PATH", "")

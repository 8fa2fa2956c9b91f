"""The benchmark script runs on any corpus and prints its table (speed is measured there, never asserted here)."""

import subprocess
import sys
from pathlib import Path

import pytest

from conftest import BUNDLED

SCRIPT = Path(__file__).resolve().parents[1] / "benchmarks" / "tokenize_speed.py"


def test_benchmark_prints_tokens_per_second_for_each_method():
    run = subprocess.run([sys.executable, str(SCRIPT), str(BUNDLED), "--repeat", "1", "--methods", "mediakit,regex"],
                         capture_output=True, text=True, timeout=300, check=True)
    lines = run.stdout.splitlines()
    assert lines[0].startswith(f"corpus: {BUNDLED}: 5 documents, 19,385 characters")
    assert "tokens/s" in lines[1] and "peak MB added" in lines[1]
    assert lines[2].startswith("mediakit load_corpus(...).tokens") and lines[3].startswith("re.findall")


def test_coverage_benchmark_prints_its_table():
    script = SCRIPT.parent / "coverage_scale.py"
    run = subprocess.run([sys.executable, str(script), str(BUNDLED), "--sizes", "3,5"], capture_output=True,
                         text=True, timeout=300, check=True)
    lines = run.stdout.splitlines()
    assert "largest group" in lines[1] and lines[3].split()[0] == "5"
    assert lines[-1].startswith("growth exponent")


def test_long_document_benchmark_prints_its_table():
    script = SCRIPT.parent / "long_document.py"
    run = subprocess.run([sys.executable, str(script), "--sizes", "0.01,0.02"], capture_output=True, text=True,
                         timeout=300, check=True)
    lines = run.stdout.splitlines()
    assert "actor_mentions" in lines[0] and "quotes" in lines[0] and lines[-1].startswith("exponent")


def test_scale_benchmark_prints_each_goal_beside_its_reference():
    script = SCRIPT.parent / "scale.py"
    run = subprocess.run([sys.executable, str(script), str(BUNDLED), "--sizes", "0.6,1",
                          "--measures", "term_counts,figures"], capture_output=True, text=True, timeout=600,
                         check=True)
    lines = run.stdout.splitlines()
    assert lines[0].startswith(f"corpus: {BUNDLED} x1: 5 documents")
    assert "M tokens/s (goal >= 1)" in lines[1] and "x the text (goal <= 10x)" in lines[1]
    assert "reference (polars tokenise + numpy keyness)" in lines[2] or "needs polars" in lines[2]
    assert lines[-2].split()[0] == "term_counts" and lines[-1].split()[0] == "figures"
    assert [int(x.replace(",", "")) for x in lines[-1].split()[1::3][:2]] == [3, 5]   # documents at each size


def test_dask_benchmark_prints_throughput_and_peak_per_worker():
    pytest.importorskip("distributed")
    script = SCRIPT.parent / "dask_scale.py"
    run = subprocess.run([sys.executable, str(script), str(BUNDLED), "--copies", "2", "--shards-per-copy", "1",
                          "--workers", "1", "--measures", "term_counts"], capture_output=True, text=True,
                         timeout=600, check=True)
    lines = run.stdout.splitlines()
    assert "in 2 Parquet shards" in lines[0] and "peak MB per worker (VmHWM)" in lines[1]
    assert lines[2].split()[:2] == ["1", "term_counts"] and "(none was restarted)" in lines[-1]


def test_notebook_steps_benchmark_prints_each_step():
    script = SCRIPT.parent / "notebook_steps.py"
    run = subprocess.run([sys.executable, str(script), str(BUNDLED)], capture_output=True, text=True, timeout=300,
                         check=True)
    lines = run.stdout.splitlines()
    assert lines[0].endswith("; 5 documents")
    assert [line.rsplit(None, 2)[0].strip() for line in lines[1:]] == [
        "actor_mentions", "actors(mentions=)", "actor_labels(mentions=)", "quotes(mentions=)",
        "word_choice twice (all, own)", "substitutions then coverage"]
    assert all(line.endswith(" s") for line in lines[1:])

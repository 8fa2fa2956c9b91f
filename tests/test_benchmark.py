"""The benchmark script runs on any corpus and prints its table (speed is measured there, never asserted here)."""

import subprocess
import sys
from pathlib import Path

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

"""JupyterLab as a reader meets it: `make lab` serves the notebooks, and the explorer answers in a real browser.

The test starts `make lab` on a copy of the notebooks (so nothing is saved into the checkout), opens
00-explore.ipynb in Debian's headless Chromium through its ChromeDriver, runs every cell, types a term into the
explorer and reads the marked sentences the kernel sends back. Nothing is downloaded: the browser and its driver
are the system's, and Selenium is given both paths.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CHROMEDRIVER = shutil.which("chromedriver")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def lab(tmp_path_factory):
    """`make lab` serving a copy of notebooks/ (the bundled corpus beside it), on a free port with a token."""
    from mediakit.browser import find_browser

    if find_browser() is None or CHROMEDRIVER is None:
        pytest.skip("no Chromium or ChromeDriver here: .ci/run installs Debian's chromium and chromium-driver; "
                    "locally, apt-get install chromium chromium-driver")
    pytest.importorskip("selenium", reason="selenium is a test dependency: pip install -e '.[dev]'")
    home = tmp_path_factory.mktemp("lab")
    shutil.copytree(ROOT / "notebooks", home / "notebooks")
    (home / "data").symlink_to(ROOT / "data")
    port, token = _free_port(), "mediakit-test"
    args = (f"--no-browser --port={port} --ServerApp.ip=127.0.0.1 --IdentityProvider.token={token} "
            "--LabApp.expose_app_in_browser=True --ServerApp.open_browser=False")
    env = {**os.environ, "JUPYTER_RUNTIME_DIR": str(home / "runtime"), "JUPYTER_CONFIG_DIR": str(home / "config"),
           "JUPYTERLAB_WORKSPACES_DIR": str(home / "workspaces")}
    server = subprocess.Popen(["make", "-s", "lab", f"NOTEBOOKS={home / 'notebooks'}", f"LAB_ARGS={args}"],
                              cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                              start_new_session=True)
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(120):
            try:
                urllib.request.urlopen(f"{url}/api/status?token={token}", timeout=2)
                break
            except OSError:
                if server.poll() is not None:
                    pytest.fail(f"make lab exited: {server.stderr.read().decode()[-2000:]}")
                time.sleep(0.5)
        else:
            pytest.fail("JupyterLab did not answer within a minute")
        yield url, token
    finally:
        if server.poll() is None:
            os.killpg(server.pid, signal.SIGTERM)
            server.wait(timeout=30)


@pytest.fixture(scope="module")
def driver():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    from mediakit.browser import FLAGS, find_browser

    options = webdriver.ChromeOptions()
    options.binary_location = find_browser()
    for flag in FLAGS:
        options.add_argument(flag)
    options.add_argument("--window-size=1400,1800")
    d = webdriver.Chrome(options=options, service=Service(executable_path=CHROMEDRIVER))
    yield d
    d.quit()


def _wait(what, *, timeout=180, every=0.5):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        got = what()
        if got:
            return got
        time.sleep(every)
    return what()


def test_make_lab_serves_the_notebooks(lab):
    url, token = lab
    with urllib.request.urlopen(f"{url}/api/contents?token={token}") as r:
        import json

        names = {item["name"] for item in json.load(r)["content"]}
    assert {"00-explore.ipynb", "01-corpus.ipynb", "06-coverage.ipynb"} <= names


def test_the_explorer_answers_a_typed_term_in_jupyterlab(lab, driver):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    url, token = lab
    driver.get(f"{url}/lab/tree/00-explore.ipynb?token={token}")
    ready = _wait(lambda: driver.execute_script(
        "const a = window.jupyterapp; const w = a && a.shell.currentWidget;"
        "return !!(w && w.sessionContext && w.sessionContext.session && w.sessionContext.session.kernel"
        " && w.sessionContext.session.kernel.status === 'idle');"))
    assert ready, "the notebook's kernel never became idle"
    driver.execute_script("window.jupyterapp.commands.execute('notebook:run-all-cells')")

    box = _wait(lambda: driver.find_elements(By.CSS_SELECTOR, ".jp-OutputArea input[placeholder*='protesters']"))
    assert box, "the explorer never appeared: " + driver.find_element(By.CSS_SELECTOR, ".jp-Notebook").text[-1500:]
    box[0].send_keys("occupier")

    def marked():               # read in the page, so a re-render between two calls cannot make a stale handle
        return driver.execute_script(
            "return [...document.querySelectorAll('.jp-OutputArea mark')].map(m => [m.textContent,"
            " m.parentElement.textContent]);")

    def status():
        return driver.execute_script(
            "const b = document.querySelector('.jp-OutputArea .widget-html-content > b');"
            "return b ? b.parentElement.textContent : '';")

    assert _wait(lambda: [m for m, _ in marked()] == ["occupier"] * 3, timeout=60), marked()
    assert "occupier (term): 3 sentence(s)" in status()
    assert any("Get out, get out occupier" in sentence for _, sentence in marked())   # the whole sentence

    outlet = next(s for s in driver.find_elements(By.CSS_SELECTOR, ".jp-OutputArea select")
                  if "SouthFront" in s.text)
    Select(outlet).select_by_visible_text("SouthFront")
    assert _wait(lambda: len(marked()) == 1 and "1 sentence(s) in SouthFront" in status(), timeout=60), status()

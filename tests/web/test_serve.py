"""``onrecord serve`` as a user starts it: server processes that each build the app from the environment."""
from __future__ import annotations

import signal
import subprocess
import sys
import time

import httpx
import pytest
from fastapi.testclient import TestClient

from onrecord.web.api import app_from_environment
from tests.fixtures import PESKOV, record_of
from tests.web.browser import free_port


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return record_of(tmp_path_factory, "serve", PESKOV)


def test_the_app_of_a_server_process_reads_its_database_from_the_environment(db, monkeypatch):
    monkeypatch.setenv("ONRECORD_DB", db)
    with TestClient(app_from_environment()) as client:
        assert client.get("/api/speakers").json()["results"][0]["name"] == "Dmitry Peskov"


def test_serve_runs_the_processes_asked_for_and_stops_on_sigterm(db):
    psutil = pytest.importorskip("psutil")
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "onrecord.cli", "serve", "--db", db, "--port", str(port),
                               "--workers", "2"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not _answers(base):
            time.sleep(0.2)
        assert httpx.get(f"{base}/api/speakers", timeout=10).json()["results"][0]["name"] == "Dmitry Peskov"
        assert httpx.head(f"{base}/", timeout=10).status_code == 200
        workers = [p for p in psutil.Process(server.pid).children() if "spawn_main" in " ".join(p.cmdline())]
        assert len(workers) == 2
        server.send_signal(signal.SIGTERM)
        assert server.wait(timeout=20) is not None
        assert not any(p.is_running() and p.status() != psutil.STATUS_ZOMBIE for p in workers)
    finally:
        if server.poll() is None:
            server.kill()
            server.wait()
        server.stderr.close()


def _answers(base: str) -> bool:
    try:
        return httpx.get(f"{base}/static/app.css", timeout=1).status_code == 200
    except httpx.HTTPError:
        return False

"""`warmonitor benchmark api`: latency and throughput of the API over a large
synthetic store, measured from outside the server.

Three processes: this one loads the store and reports; `warmonitor serve`
answers on 127.0.0.1; a load generator (this module run with `-m`, a few
threads with httpx) sends the requests and times each one. Keeping the client
out of the server's process means its work is not counted as server time, and
the figures are what a program on the same machine would see.
"""

from __future__ import annotations

import json
import math
import os
import platform
import random
import socket
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from datetime import timedelta
from typing import Any

import httpx

from warmonitor.errors import UserError
from warmonitor.evaluation.bench_store import DAYS, FIRST_DAY, TYPES, country_name, load
from warmonitor.store.db import open_store

START_TIMEOUT = 120.0
PAGES_PER_WALK = 5  # a walk: the first page of a query, then up to 4 more by cursor


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def cpu_model() -> str:
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def start_server(db_url: str, port: int) -> subprocess.Popen[bytes]:
    env = {**os.environ, "WARMONITOR_READ_REQUIRES_TOKEN": "false"}
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "warmonitor",
            "serve",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--db",
            db_url,
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=env,
    )
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise UserError(f"the server stopped at start (exit {server.returncode})")
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/v1/openapi.json", timeout=2).status_code == 200:
                return server
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    server.terminate()
    raise UserError(f"the server did not answer within {START_TIMEOUT:.0f} s")


def run(
    db_url: str, events: int, requests: int, clients: list[int], seconds: float = 60, *, reuse: bool = False
) -> dict[str, Any]:
    """Load the store (or `reuse` one an earlier run loaded), serve it, drive
    it; the figures as a JSON-ready dict."""
    engine = open_store(db_url)
    started = time.perf_counter()
    loaded = load(engine, events, reuse=reuse)
    load_seconds = time.perf_counter() - started
    engine.dispose()
    port = free_port()
    server = start_server(db_url, port)
    try:
        paths = httpx.get(f"http://127.0.0.1:{port}/api/v1/openapi.json", timeout=10).json()["paths"]
        queries = ["events_page"] + [name for name in ("control", "casualties") if f"/api/v1/{name}" in paths]
        config = {
            "base": f"http://127.0.0.1:{port}",
            "queries": queries,
            "requests": requests,
            "clients": clients,
            "seconds": seconds,
            "server_pid": server.pid,
        }
        driven = subprocess.run(
            [sys.executable, "-m", "warmonitor.evaluation.api_bench", json.dumps(config)],
            capture_output=True,
            text=True,
            check=False,
        )
        if driven.returncode != 0:
            last = (driven.stderr.strip().splitlines() or ["no message"])[-1]
            raise UserError(f"the load generator failed: {last}")
        figures = json.loads(driven.stdout)
    finally:
        server.terminate()
        server.wait(timeout=30)
    missing = [name for name in ("control", "casualties") if name not in figures]
    return {
        "machine": {"nproc": os.cpu_count(), "cpu": cpu_model()},
        "database": engine.dialect.name,
        "store": vars(loaded),
        "load_seconds": round(load_seconds, 1),
        "queries": figures,
        "not_measured": [f"{name}: no such endpoint" for name in missing],
    }


# --- the load generator, run in its own process -------------------------------------------------


def _events_walk(client: httpx.Client, rng: random.Random, record: Callable[[float, bool], bool]) -> None:
    """One filtered query (a big country, a year, a type), then its next pages by cursor."""
    start = FIRST_DAY + timedelta(days=rng.randrange(DAYS - 365))
    params: dict[str, str] | None = {
        "country": country_name(rng.randrange(3)),
        "since": start.isoformat(),
        "until": (start + timedelta(days=364)).isoformat(),
        "event_type": rng.choice(list(TYPES)[:3]),
        "limit": "100",
    }
    url: str | None = "/api/v1/events"
    for _ in range(PAGES_PER_WALK):
        if url is None:
            return
        t = time.perf_counter()
        answer = client.get(url, params=params)
        if not record(time.perf_counter() - t, answer.status_code == 200):
            return
        url, params = (answer.json().get("next_url") if answer.status_code == 200 else None), None


def _simple(path: Callable[[random.Random], str]) -> Callable[..., None]:
    def request(client: httpx.Client, rng: random.Random, record: Callable[[float, bool], bool]) -> None:
        t = time.perf_counter()
        answer = client.get(path(rng))
        record(time.perf_counter() - t, answer.status_code == 200)

    return request


def _casualties_path(rng: random.Random) -> str:
    start = FIRST_DAY + timedelta(days=rng.randrange(DAYS - 30))
    return f"/api/v1/casualties?since={start}&until={start + timedelta(days=30)}"


SCENARIOS: dict[str, Callable[..., None]] = {
    "events_page": _events_walk,
    "control": _simple(lambda rng: f"/api/v1/control?date={FIRST_DAY + timedelta(days=rng.randrange(DAYS))}"),
    "casualties": _simple(_casualties_path),
}


def _cpu_seconds(pid: int | None) -> float | None:
    """A process's CPU time so far (user + system), from /proc; None where there is none."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return None


def _drive(
    base: str, name: str, requests: int, clients: int, seconds: float, server_pid: int | None = None
) -> dict[str, Any]:
    """`requests` timed requests from `clients` threads, or as many as fit in
    `seconds`; with the server's pid, also its CPU time per request, which a
    busy machine does not inflate as it does latency."""
    latencies: list[float] = []
    errors = 0
    served = 0  # every request answered after the start, counted or not
    lock = threading.Lock()
    warmed = threading.Barrier(clients + 1)
    deadline = [math.inf]  # set once every client is warm

    def done() -> bool:
        return len(latencies) + errors >= requests or time.perf_counter() > deadline[0]

    def record(took: float, ok: bool) -> bool:
        nonlocal errors, served
        with lock:
            served += 1
            if done():
                return False
            if ok:
                latencies.append(took)
            else:
                errors += 1
            return True

    def client_thread(seed: int) -> None:
        rng = random.Random(seed)
        with httpx.Client(base_url=base, timeout=300) as client:
            SCENARIOS[name](client, rng, lambda took, ok: True)  # warm-up, not counted
            warmed.wait()
            while True:
                with lock:
                    if done():
                        return
                SCENARIOS[name](client, rng, record)

    threads = [threading.Thread(target=client_thread, args=(i,)) for i in range(clients)]
    for thread in threads:
        thread.start()
    warmed.wait()
    cpu_before, load = _cpu_seconds(server_pid), os.getloadavg()[0]
    started = time.perf_counter()
    deadline[0] = started + seconds
    for thread in threads:
        thread.join()
    wall = time.perf_counter() - started
    cpu_after = _cpu_seconds(server_pid)
    server_cpu = (
        round((cpu_after - cpu_before) / served * 1000, 2)
        if cpu_before is not None and cpu_after is not None and served
        else None
    )
    ms = sorted(x * 1000 for x in latencies)

    def pct(p: float) -> float:
        return round(ms[min(len(ms) - 1, int(p / 100 * len(ms)))], 1) if ms else 0.0

    return {
        "requests": len(ms),
        "errors": errors,
        "requests_per_s": round(len(ms) / wall, 1) if wall else 0.0,
        "p50_ms": pct(50),
        "p95_ms": pct(95),
        "p99_ms": pct(99),
        "mean_ms": round(statistics.fmean(ms), 1) if ms else 0.0,
        "server_cpu_ms_per_request": server_cpu,
        "load_average": round(load, 2),
    }


def _load_generator(config: dict[str, Any]) -> dict[str, Any]:
    """Each query at each number of concurrent clients: one client shows the
    server's own latency, more show it queueing once its one process is busy."""
    return {
        name: [
            {
                "clients": n,
                **_drive(
                    config["base"],
                    name,
                    int(config["requests"]),
                    n,
                    float(config["seconds"]),
                    config.get("server_pid"),
                ),
            }
            for n in config["clients"]
        ]
        for name in config["queries"]
    }


if __name__ == "__main__":
    sys.stdout.write(json.dumps(_load_generator(json.loads(sys.argv[1]))) + "\n")

"""Startup on a workspace: window shown (target < 1.0 s), workspace displayed, longest UI freeze.

Usage: python benchmarks/startup.py [--runs N] [--db PATH]
Builds a demo workspace in a temporary folder unless --db is given; runs the real entry point
(`srm_inclusif.cli.main`) in a fresh interpreter each time and prints the figures.

The longest freeze is the longest gap between the ticks of a 10 ms timer started when the window
is shown, apart before the workspace fills the window (it is opened on the UI thread, the frame
says « Ouverture de… ») and after it (the dashboard's charts being built): a gap is a time the
window did not answer the mouse or the keyboard. The ticks go on until the charts are drawn and
a second more (their figures are painted then).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

PROBE = """
import os, sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from srm_inclusif.ui import main_window

_show, _attach = main_window.MainWindow.show, main_window.MainWindow.attach
ticks, marks = [], {}

def _heavy():
    return ",".join(m for m in ("pandas", "matplotlib") if m in sys.modules) or "-"

def _tick():
    ticks.append(time.perf_counter())

def _gap(start, end):
    seen = [t for t in ticks if start <= t <= end]
    return max((b - a for a, b in zip(seen, seen[1:])), default=0.0) * 1000

def _finish():
    filled = marks["ready"]
    print("freeze_opening", f"{_gap(0, filled):.0f}", flush=True)
    print("freeze_after", f"{_gap(filled, ticks[-1]):.0f}", flush=True)
    os._exit(0)

def _drawn():
    print("charts", _heavy(), flush=True)
    QTimer.singleShot(1000, _finish)

def show(self):
    if not marks:
        timer = QTimer(self)
        timer.timeout.connect(_tick)
        timer.start(10)
        marks["timer"] = timer
        _tick()
    _show(self)
    QApplication.processEvents()
    _tick()
    print("shown", _heavy(), flush=True)

def attach(self, ctx):
    _attach(self, ctx)
    QApplication.processEvents()
    marks["ready"] = time.perf_counter()
    print("ready", _heavy(), flush=True)
    from srm_inclusif.ui.pages.charts_panel import ChartsPanel
    self.findChild(ChartsPanel).drawn.connect(_drawn)
    QTimer.singleShot(30000, _finish)

main_window.MainWindow.show = show
main_window.MainWindow.attach = attach
from srm_inclusif.cli import main
sys.exit(main(["--db", sys.argv[1]]))
"""

#: Seconds after which a start that did not end is killed (and reported).
TIME_LIMIT_S = 90
#: What the probe prints, in order: seconds since the spawn for the first three, then ms.
MARKS = ("shown", "ready", "charts", "freeze_opening", "freeze_after")


def measure(db: Path, env: dict[str, str]) -> dict[str, tuple[float, str]]:
    """Seconds from spawning the process to each mark, with the heavy modules loaded by then.

    The freezes are in milliseconds, in place of the heavy modules.
    """
    start = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-c", PROBE, str(db)], stdout=subprocess.PIPE,
                               text=True, env=env)
    assert process.stdout is not None
    # a message box (a workspace of a newer version, a damaged one) would wait for ever
    watchdog = threading.Timer(TIME_LIMIT_S, process.kill)
    watchdog.start()
    marks: dict[str, tuple[float, str]] = {}
    for line in process.stdout:
        name, value = line.split()
        marks.setdefault(name, (time.perf_counter() - start, value))
    process.wait()
    watchdog.cancel()
    if set(marks) != set(MARKS):
        raise SystemExit(f"the window was not shown or the charts not drawn "
                         f"(exit {process.returncode}, marks {sorted(marks)})")
    return marks


def _report(results: list[dict[str, tuple[float, str]]]) -> None:
    labels = (("main window shown", "shown", " (target < 1.000 s)"),
              ("workspace displayed (dashboard)", "ready", ""),
              ("dashboard charts drawn", "charts", ""))
    for label, mark, target in labels:
        times = [r[mark][0] for r in results]
        print(f"{label}: median {statistics.median(times):.3f} s, min {min(times):.3f} s, "
              f"max {max(times):.3f} s{target}")
    for label, mark in (("longest UI freeze while the workspace opens", "freeze_opening"),
                        ("longest UI freeze once the window is filled", "freeze_after")):
        gaps = [float(r[mark][1]) for r in results]
        print(f"{label}: median {statistics.median(gaps):.0f} ms, min {min(gaps):.0f} ms, "
              f"max {max(gaps):.0f} ms")
    for label, mark in (("when the workspace is displayed", "ready"),
                        ("when the charts are drawn", "charts")):
        heavy = {r[mark][1] for r in results}
        print(f"pandas / matplotlib imported {label}: {', '.join(sorted(heavy))}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--db", type=Path)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="srm-startup-"))
    env = {**os.environ, "XDG_CONFIG_HOME": str(folder / "config")}
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    db = args.db or folder / "demo.sqlite3"
    if args.db is None:
        subprocess.run([sys.executable, "-m", "srm_inclusif", "--db", str(db), "demo"],
                       check=True, capture_output=True, env=env)
    measure(db, env)  # warm the OS file cache, as a second start of the day would be
    results = [measure(db, env) for _ in range(args.runs)]
    print(f"workspace: {db}")
    print(f"runs: {args.runs}, platform: {env['QT_QPA_PLATFORM']}, cores: {os.cpu_count()}, "
          f"load average: {os.getloadavg()[0]:.2f}")
    _report(results)


if __name__ == "__main__":
    main()

"""Time from process start to the main window shown on the demo workspace (target: < 1.0 s).

Usage: python benchmarks/startup.py [--runs N] [--db PATH]
Builds a demo workspace in a temporary folder unless --db is given; runs the real entry point
(`srm_inclusif.cli.main`) in a fresh interpreter each time and prints the figures.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PROBE = """
import os, sys
from PySide6.QtWidgets import QApplication
from srm_inclusif.ui import main_window

_show, _attach = main_window.MainWindow.show, main_window.MainWindow.attach

def _heavy():
    return ",".join(m for m in ("pandas", "matplotlib") if m in sys.modules) or "-"

def show(self):
    _show(self)
    QApplication.processEvents()
    print("shown", _heavy(), flush=True)

def attach(self, ctx):
    _attach(self, ctx)
    QApplication.processEvents()
    print("ready", _heavy(), flush=True)
    os._exit(0)

main_window.MainWindow.show = show
main_window.MainWindow.attach = attach
from srm_inclusif.cli import main
sys.exit(main(["--db", sys.argv[1]]))
"""


def measure(db: Path, env: dict[str, str]) -> tuple[float, float, str]:
    """Seconds from spawning the process to the window shown and to the workspace displayed."""
    start = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-c", PROBE, str(db)], stdout=subprocess.PIPE,
                               text=True, env=env)
    assert process.stdout is not None
    marks: dict[str, tuple[float, str]] = {}
    for line in process.stdout:
        name, heavy = line.split()
        marks.setdefault(name, (time.perf_counter() - start, heavy))
    process.wait(timeout=60)
    if set(marks) != {"shown", "ready"}:
        raise SystemExit(f"the window was not shown (exit {process.returncode})")
    return marks["shown"][0], marks["ready"][0], marks["ready"][1]


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
    for label, index in (("main window shown", 0), ("workspace displayed (dashboard)", 1)):
        times = [r[index] for r in results]
        print(f"{label}: median {statistics.median(times):.3f} s, min {min(times):.3f} s, "
              f"max {max(times):.3f} s " + ("(target < 1.000 s)" if index == 0 else ""))
    heavy = {r[2] for r in results}
    print(f"pandas / matplotlib imported by then: {', '.join(sorted(heavy))}")


if __name__ == "__main__":
    main()

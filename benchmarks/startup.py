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
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from srm_inclusif.ui import main_window

_show = main_window.MainWindow.show

def _report():
    heavy = [m for m in ("pandas", "matplotlib") if m in sys.modules]
    print("shown", ",".join(heavy) or "-", flush=True)
    QApplication.quit()

def show(self):
    _show(self)
    QTimer.singleShot(0, _report)

main_window.MainWindow.show = show
from srm_inclusif.cli import main
sys.exit(main(["--db", sys.argv[1]]))
"""


def measure(db: Path, env: dict[str, str]) -> tuple[float, str]:
    """Seconds from spawning the process to the window being shown, and heavy modules loaded."""
    start = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-c", PROBE, str(db)], stdout=subprocess.PIPE,
                               text=True, env=env)
    assert process.stdout is not None
    line = process.stdout.readline()
    elapsed = time.perf_counter() - start
    process.wait(timeout=60)
    if not line.startswith("shown"):
        raise SystemExit(f"the window was not shown (exit {process.returncode})")
    return elapsed, line.split()[1]


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
    times = [t for t, _heavy in results]
    heavy = {h for _t, h in results}
    print(f"workspace: {db}")
    print(f"runs: {args.runs}, platform: {env['QT_QPA_PLATFORM']}")
    print(f"window shown after: median {statistics.median(times):.3f} s, "
          f"min {min(times):.3f} s, max {max(times):.3f} s (target < 1.000 s)")
    print(f"heavy modules imported before the window was shown: {', '.join(heavy)}")


if __name__ == "__main__":
    main()

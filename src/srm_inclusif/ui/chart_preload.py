"""matplotlib imported on a background thread, so that the dashboard's first charts do not freeze.

Importing matplotlib, numpy and the Qt canvas takes seconds on a slow computer. Started when the
dashboard's charts panel is first shown, the import goes on while the user reads the window; the
panel shows « Chargement des graphiques… » until it is done, then builds its charts without
waiting. Python's import locks make any earlier import on the UI thread wait only for what is
left.

Not started earlier, while the workspace opens or the window fills: on the same interpreter
lock, the import made that (a frozen window) about as much longer (benchmarks/startup.py).
"""

from __future__ import annotations

import importlib
import threading

#: What the charts import at their top (`ui.chart_view`, `charts`): the slow part of them.
MODULES = ("matplotlib", "matplotlib.figure", "matplotlib.backends.backend_qtagg",
           "matplotlib.ticker", "matplotlib.patches")

_lock = threading.Lock()
_thread: threading.Thread | None = None
_loaded = threading.Event()


def start() -> None:
    """Start importing the chart modules in the background (once per process)."""
    global _thread
    with _lock:
        if _thread is not None:
            return
        _thread = threading.Thread(target=_import_all, name="chart-import", daemon=True)
        _thread.start()


def loaded() -> bool:
    """True once the background import is over (done or failed: either way, not waiting)."""
    return _loaded.is_set()


def _import_all() -> None:
    try:
        for name in MODULES:
            importlib.import_module(name)
    except Exception:  # noqa: S110 (the UI thread's own import raises it again, where shown)
        pass
    finally:
        _loaded.set()

"""When and how long work may go to a helper process (the second core of the machine).

Helpers are *spawned*, never forked: the caller may have Qt running, and a forked Qt process can
hang or crash. Never in a frozen (PyInstaller) build: there a spawned process runs the
application's own entry point unless it calls ``multiprocessing.freeze_support()`` first.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
from multiprocessing.context import SpawnContext


def helpers_available() -> bool:
    """True when the machine has a second core and the application is not a frozen build."""
    return (os.cpu_count() or 1) > 1 and not getattr(sys, "frozen", False)


def spawn_context() -> SpawnContext:
    """The multiprocessing context every helper is started from."""
    return multiprocessing.get_context("spawn")

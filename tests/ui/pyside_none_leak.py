"""Stopgap for PySide6 6.12.0 on Python 3.11: Qt calls drop references to the objects they return.

Every call of a void Qt method drops one reference to ``None`` (``QLabel.setText`` 1 000 times
lowers ``sys.getrefcount(None)`` by 1 000; PySide6 6.11.3 does not), bool-returning ones to
``True``/``False``. Once enough calls have run, the interpreter aborts ("none_dealloc",
"bool_dealloc"). Raising their reference counts once (never released, even while the
interpreter shuts down) keeps them positive until PySide6 is pinned to a fixed version.
"""

from __future__ import annotations

import ctypes
import sys

import PySide6

if PySide6.__version__ == "6.12.0" and sys.version_info < (3, 12):
    for _singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(_singleton)).value += 1 << 40

"""Whether another process of the app still runs: an import, known by its process id."""

from __future__ import annotations

import os
from pathlib import Path

#: Linux's id of the system's current start.
BOOT_ID_FILE = Path("/proc/sys/kernel/random/boot_id")


def process_running(pid: int) -> bool:
    """Whether process ``pid`` still runs (this process always does).

    Known on POSIX only (signal 0 asks without sending anything): on Windows ``os.kill``
    would end the process instead, so there the answer is False and each caller has its own
    way to tell (a file kept open, a folder's age).
    """
    if pid == os.getpid():
        return True
    if os.name == "nt" or pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except PermissionError:  # running, as another user
        return True
    except (OSError, OverflowError):  # no such process
        return False
    return True


def boot_id() -> str | None:
    """The id of the system's current start (Linux); None where it is not known.

    A process of an earlier start runs no more, whatever its id: after a power cut, another
    process may have been given the id of the one that was killed.
    """
    try:
        return BOOT_ID_FILE.read_text(encoding="ascii").strip() or None
    except (OSError, ValueError):
        return None

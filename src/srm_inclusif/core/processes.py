"""Whether another process of the app still runs: an import, known by its process id."""

from __future__ import annotations

import os


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

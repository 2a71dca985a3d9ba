"""The POSIX record locks another process sees on a file: what SQLite's locks look like outside."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

#: SQLite's "dead man switch": every connection to a WAL workspace read-locks this byte of the
#: ``-shm`` file; a program finding it free believes no one else has the workspace open.
SHM_DMS_BYTE = 128
#: The first byte of the main file's shared-lock range, read-locked by every connection reading.
SHARED_FIRST_BYTE = 0x40000002
#: Run in another process (locks a process holds never conflict with its own requests).
_HOLDER = """
import fcntl, os, struct, sys
fd = os.open(sys.argv[1], os.O_RDONLY)
asked = struct.pack("@hhqqi4x", fcntl.F_WRLCK, os.SEEK_SET, int(sys.argv[2]), 1, 0)
kind, _whence, _start, _len, pid = struct.unpack("@hhqqi4x", fcntl.fcntl(fd, fcntl.F_GETLK, asked))
print("read" if kind == fcntl.F_RDLCK else "write" if kind == fcntl.F_WRLCK else "none", pid)
"""


def lock_on(path: Path, byte: int) -> tuple[str, int]:
    """The lock another process finds on ``byte`` of ``path``: its kind and its owner's pid.

    ("read", pid) or ("write", pid); ("none", 0) if the byte is free.
    """
    out = subprocess.run([sys.executable, "-c", _HOLDER, str(path), str(byte)],
                         capture_output=True, text=True, check=True).stdout.split()
    return out[0], int(out[1])

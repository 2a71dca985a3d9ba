"""The code rules of STYLE.md that tools check: ruff everywhere, mypy strict outside ``ui``.

Both tools are pinned in the ``test`` extra, so that a new release cannot turn the suite red.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", *command], cwd=ROOT, capture_output=True,
                          text=True, check=False)


def test_ruff_finds_nothing() -> None:
    result = _run("ruff", "check", "--no-cache", "src", "tests", "benchmarks", "tools")
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_strict_is_clean_outside_ui() -> None:
    result = _run("mypy", "src")  # its cache (.mypy_cache) makes later runs quick
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Success: no issues found" in result.stdout

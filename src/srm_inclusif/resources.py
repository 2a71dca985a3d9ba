"""Locate the files shipped under ``resources/`` (installed package or source checkout)."""

from __future__ import annotations

from functools import cache
from pathlib import Path


@cache
def resources_dir() -> Path:
    """Return the resources folder: inside the installed package, else at the checkout root."""
    packaged = Path(__file__).resolve().parent / "resources"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2] / "resources"


def resource_path(relative: str) -> Path:
    """Return the path of one shipped resource, e.g. ``data/sectors.csv``."""
    return resources_dir() / relative

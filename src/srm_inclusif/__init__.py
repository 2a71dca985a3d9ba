"""SRM Inclusif: an offline desktop app to buy from inclusive suppliers and keep them."""

from __future__ import annotations

__version__ = "0.1.0"
APP_NAME = "SRM Inclusif"

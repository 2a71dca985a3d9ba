"""Fixtures of the core tests (no Qt here)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from srm_inclusif.core import i18n


@pytest.fixture
def marked() -> Iterator[None]:
    """A translator that shows the context each text is looked up in."""
    i18n.set_translator(lambda context, text: f"[{context}] {text}")
    yield
    i18n.set_translator(i18n._identity)

"""Fixtures of the UI tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from srm_inclusif.core import i18n


class _Marker(QTranslator):
    """Translates every text to ``[context] source``: what reaches the catalogue shows."""

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: ANN001, ANN201
        return f"[{context}] {source}"

    def isEmpty(self) -> bool:  # noqa: N802
        return False


@pytest.fixture
def marked(qapp) -> Iterator[None]:  # noqa: ANN001
    """Every Qt text marked; the Qt-free layers' labels too (as the UI hooks them at startup)."""
    marker = _Marker()
    qapp.installTranslator(marker)
    i18n.set_translator(QCoreApplication.translate)
    yield
    i18n.set_translator(i18n._identity)
    QCoreApplication.removeTranslator(marker)

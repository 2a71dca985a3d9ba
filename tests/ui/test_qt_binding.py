"""The Qt binding must not leak references (PySide6 6.12.0 did, and aborted long sessions)."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel


def test_qt_calls_keep_reference_counts(qtbot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None), sys.getrefcount(True)
    for number in range(2000):
        label.setText(str(number))
        label.isVisible()
    assert (sys.getrefcount(None), sys.getrefcount(True)) == before

"""A bug in a slot no longer passes unnoticed: a message box says an unexpected error occurred,
the technical detail folded under it, the traceback goes to stderr, and the app stays open."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from srm_inclusif.ui import unexpected


@pytest.fixture
def shown(monkeypatch) -> list[tuple[str, str, bool]]:
    """Each message box shown: text, detail, and whether closing it could quit the app."""
    boxes: list[tuple[str, str, bool]] = []

    def exec_(box: QMessageBox) -> int:
        boxes.append((box.text(), box.detailedText(), QApplication.quitOnLastWindowClosed()))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(unexpected.QMessageBox, "exec", exec_)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # put back after the test
    return boxes


def _broken_slot() -> None:
    raise ZeroDivisionError("division by zero in a slot")


@pytest.mark.qt_no_exception_capture
def test_an_error_in_a_slot_is_said_logged_and_survived(qtbot, shown, capfd, french) -> None:
    unexpected.install_excepthook()
    QTimer.singleShot(0, _broken_slot)
    qtbot.waitUntil(lambda: bool(shown))
    [(text, detail, could_quit)] = shown
    assert text.startswith("Une erreur inattendue s'est produite.")
    assert "ZeroDivisionError: division by zero in a slot" in detail
    assert "_broken_slot" in detail
    assert not could_quit  # closing the box leaves the app running
    assert QApplication.quitOnLastWindowClosed()  # as it was, once the box is closed
    assert "ZeroDivisionError: division by zero in a slot" in capfd.readouterr().err
    QTimer.singleShot(0, _broken_slot)  # the app still answers, and says the next one too
    qtbot.waitUntil(lambda: len(shown) == 2)

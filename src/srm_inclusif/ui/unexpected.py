"""Errors nobody foresaw (bugs): said in a message box, logged on stderr, the app kept open."""

from __future__ import annotations

import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QThread
from PySide6.QtWidgets import QApplication, QMessageBox

#: True while the message is shown: an error repeated meanwhile (a paint) is only logged.
_showing = False


def install_excepthook() -> None:
    """Route the errors the Qt event loop reports (a slot that raised) to ``on_unexpected``."""
    sys.excepthook = on_unexpected


def on_unexpected(kind: type[BaseException], error: BaseException,
                  trace: TracebackType | None) -> None:
    """Log the traceback, then say it in the GUI thread; never quit (Ctrl+C aside)."""
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, error, trace)
        return
    detail = "".join(traceback.format_exception(kind, error, trace))
    sys.stderr.write(detail)
    app = QApplication.instance()
    if _showing or app is None or QThread.currentThread() is not app.thread():
        return  # widgets live in the GUI thread only
    _show(detail)


def _show(detail: str) -> None:
    global _showing  # one message at a time for the whole app
    box = QMessageBox(QMessageBox.Icon.Critical,
                      QCoreApplication.translate("Unexpected", "Erreur inattendue"),
                      QCoreApplication.translate(
                          "Unexpected", "Une erreur inattendue s'est produite. L'application "
                          "reste ouverte, mais la dernière opération n'a peut-être pas abouti : "
                          "vérifiez-la. Si l'erreur revient, signalez-la avec le détail "
                          "technique."),
                      QMessageBox.StandardButton.Ok, QApplication.activeWindow())
    box.setObjectName("unexpectedError")
    box.setDetailedText(detail)
    # closing the box must not end the app, even when no other window is open
    quits = QApplication.quitOnLastWindowClosed()
    QApplication.setQuitOnLastWindowClosed(False)
    _showing = True
    try:
        box.exec()
    finally:
        _showing = False
        QApplication.setQuitOnLastWindowClosed(quits)

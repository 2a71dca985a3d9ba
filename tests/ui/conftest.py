"""Fixtures of the UI tests."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QSettings, Qt, QTranslator
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from srm_inclusif.core import i18n
from srm_inclusif.ui.context import WorkspaceContext
from srm_inclusif.ui.form_dialog import FormDialog
from srm_inclusif.ui.i18n import install_translators
from srm_inclusif.ui.mnemonics import letter_of
from srm_inclusif.ui.sizing import FRAME_MARGIN
from tests.conftest import DEMO_TODAY
from tests.read_only_support import demo_copy, opened_read_only

#: The smallest laptop screen the app must fit (width, height in px)...
LAPTOP = (1280, 720)
#: ... and the laptop screens the main window is tried on.
LAPTOP_SCREENS = (LAPTOP, (1366, 768))
#: What a dialog may take on the smallest laptop: its screen less the window frame.
LAPTOP_DIALOG_ROOM = (LAPTOP[0] - FRAME_MARGIN // 2, LAPTOP[1] - FRAME_MARGIN)


def shown_demo_window(qtbot, demo_workspace, size: tuple[int, int]):  # noqa: ANN001, ANN201
    """The main window on the demo workspace (on ``DEMO_TODAY``), shown at ``size``."""
    from srm_inclusif.ui.main_window import MainWindow

    win = MainWindow(WorkspaceContext(demo_workspace, today=lambda: DEMO_TODAY))
    qtbot.addWidget(win)
    win.resize(*size)
    win.show()
    qtbot.waitExposed(win)
    return win


def active_window(qtbot, ctx: WorkspaceContext):  # noqa: ANN001, ANN201
    """The main window on ``ctx``, shown and active (its shortcuts reach it)."""
    from PySide6.QtWidgets import QApplication

    from srm_inclusif.ui.main_window import MainWindow

    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    return win


def opened_card(qtbot, ctx: WorkspaceContext, counterparty_id: int):  # noqa: ANN001, ANN201
    """The card of a counterparty, open (not shown), closed with the test."""
    from srm_inclusif.ui.counterparty_card.card_dialog import CardDialog

    card = CardDialog(ctx, counterparty_id)
    qtbot.addWidget(card)
    return card


def press_alt(qtbot, window: QWidget, letter: str | None) -> None:  # noqa: ANN001
    """Alt and ``letter`` pressed where the keyboard focus is in ``window``."""
    assert letter is not None  # the text had a letter to press
    qtbot.keyClick(window.focusWidget() or window, Qt.Key(ord(letter)),
                   Qt.KeyboardModifier.AltModifier)


def letters_shown(widget: QWidget) -> list[str]:
    """The Alt letters of the visible labels leading to a field, and of the visible buttons."""
    texts = [label.text() for label in widget.findChildren(QLabel)
             if label.buddy() is not None and label.isVisibleTo(widget)]
    texts += [button.text() for button in widget.findChildren(QAbstractButton)
              if button.isVisibleTo(widget)]
    return [letter for text in texts if (letter := letter_of(text))]


@pytest.fixture(autouse=True)
def _fresh_settings() -> Iterator[None]:
    """No window geometry nor column choice carried from one test to the next.

    QSettings fixes its file on first use in a process: the per-test config folder of
    tests/conftest.py does not reach it, so each test starts and ends on an empty one.
    """
    QSettings().clear()
    yield
    QSettings().clear()


def _release_modifiers() -> None:
    """The keyboard's Shift, Ctrl, Alt seen up again by the application."""
    if QGuiApplication.keyboardModifiers() == Qt.KeyboardModifier.NoModifier:
        return
    receiver = QWidget()
    QTest.keyRelease(receiver, Qt.Key.Key_Shift, Qt.KeyboardModifier.NoModifier)
    receiver.deleteLater()


@pytest.fixture(autouse=True)
def _no_key_held(qapp) -> Iterator[None]:  # noqa: ANN001, ARG001
    """No Shift or Ctrl held over from one test to the next.

    QTest releases a modifier with an event that still carries it (``keyClick(w, Key_B,
    Ctrl|Shift)`` ends on « Shift up, Shift held »), and QApplication keeps the modifiers of the
    last key event as the keyboard's: a later ``selectRow`` then extends the selection as under
    Shift instead of selecting the row.
    """
    _release_modifiers()
    yield
    _release_modifiers()


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_setup() -> Iterator[None]:
    """No collection of Python's garbage from a test's setup until its windows are deleted.

    pytest-qt keeps the windows by weak reference only, and lets Qt run its pending events
    before closing them. A window made in Python (no parent) that nothing held but a cycle of
    its own (a fixture's panel once the fixture returned, a test's window after its last line)
    was then the collector's to delete at any moment, even inside its own events (a chart
    rendering, a layout resizing, its reading thread's answer): « _Canvas already deleted »
    printed, or a crash. The collector runs again once the test is torn down
    (``pytest_runtest_teardown``), its windows deleted by ``_widgets_gone``.
    """
    gc.disable()
    return (yield)


@pytest.fixture(autouse=True)
def _widgets_gone(qapp) -> Iterator[None]:  # noqa: ANN001, ARG001
    """The test's windows deleted when it ends, not in a later test.

    pytest-qt closes them and calls ``deleteLater``, which Qt keeps until an event loop runs
    (``processEvents`` outside one does not delete): they lived on into the next tests, as
    long as their Python objects, for the collector to delete at any moment.
    """
    yield
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_teardown() -> Iterator[None]:
    """Forms left open with something typed close at the test's end without a question.

    pytest-qt closes the test's windows in this hook: a form would otherwise wait there for an
    answer to « Enregistrer les modifications… ? » (ui/form_dialog).
    """
    for widget in QApplication.topLevelWidgets() if QApplication.instance() else []:
        if isinstance(widget, FormDialog):
            widget.has_unsaved_changes = lambda: False  # type: ignore[method-assign]
    try:
        return (yield)
    finally:
        gc.enable()  # the test's windows are deleted (_widgets_gone)


@pytest.fixture
def launcher(qtbot, workspace):  # noqa: ANN001, ANN201
    """The app started on a workspace as ``srm-inclusif --db`` does (frame first, then data)."""
    from srm_inclusif.ui.app import Launcher

    path = workspace.path
    workspace.close()
    launcher = Launcher()
    assert launcher.start(str(path))
    qtbot.addWidget(launcher.window)
    yield launcher
    launcher.workspace.close()


@pytest.fixture
def ctx(workspace) -> WorkspaceContext:  # noqa: ANN001
    """The empty workspace as the UI sees it, on ``DEMO_TODAY``.

    A test module that needs records first overrides it by a fixture of the same name that
    takes this one (``def ctx(ctx): ...``) and fills ``ctx.engine``.
    """
    return WorkspaceContext(workspace, today=lambda: DEMO_TODAY)


@pytest.fixture
def demo_ctx(demo_workspace) -> WorkspaceContext:  # noqa: ANN001
    """The demo workspace (built on ``DEMO_TODAY``) as the UI sees it on that day."""
    return WorkspaceContext(demo_workspace, today=lambda: DEMO_TODAY)


@pytest.fixture
def read_only_demo_ctx(_demo_file, tmp_path, monkeypatch) -> Iterator[WorkspaceContext]:  # noqa: ANN001
    """A copy of the demo workspace opened read-only (its file not writable), on DEMO_TODAY."""
    with opened_read_only(monkeypatch, demo_copy(_demo_file, tmp_path)) as opened:
        yield opened


@pytest.fixture
def marche_test(workspace) -> tuple[int, int]:  # noqa: ANN001
    """« Atelier du Lac » and its marché test « Conditionnement » of September and October 2026
    in the empty workspace: (relationship id, test id)."""
    from tests.ui.lifecycle_forms import add_marche_test

    return add_marche_test(workspace.engine)


class Warnings:
    """Stands in for QMessageBox at a call site; records the warnings shown."""

    def __init__(self) -> None:
        self.shown: list[str] = []

    def warning(self, _parent, _title, text, *args) -> None:  # noqa: ANN001
        self.shown.append(text)


@pytest.fixture
def warnings(monkeypatch) -> Warnings:  # noqa: ANN001
    """The counterparty card's warnings recorded in ``.shown`` instead of a modal box."""
    fake = Warnings()
    monkeypatch.setattr("srm_inclusif.ui.commands.QMessageBox", fake)
    monkeypatch.setattr("srm_inclusif.ui.counterparty_card.card_dialog.QMessageBox", fake)
    return fake


@pytest.fixture
def undo_warnings(monkeypatch) -> Warnings:  # noqa: ANN001
    """What a change's first run (ui.commands) and a later undo or redo (ui.undo) said."""
    fake = Warnings()
    monkeypatch.setattr("srm_inclusif.ui.commands.QMessageBox", fake)
    monkeypatch.setattr("srm_inclusif.ui.undo.QMessageBox", fake)
    return fake


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


def _installed(qapp, language: str) -> Iterator[str]:  # noqa: ANN001
    """The real catalogues of ``language``, as the app installs them; all put back afterwards."""
    locale = QLocale()
    translators = install_translators(qapp, language)
    yield language
    for translator in translators:
        QCoreApplication.removeTranslator(translator)
    QLocale.setDefault(locale)
    i18n.set_translator(i18n._identity)  # the number style is put back by tests/conftest.py


@pytest.fixture
def english(qapp) -> Iterator[str]:  # noqa: ANN001
    """The app in English: its catalogue, its numbers, the lower layers' labels."""
    yield from _installed(qapp, "en")


@pytest.fixture
def french(qapp) -> Iterator[str]:  # noqa: ANN001
    """The app in French with its catalogue (plural forms)."""
    yield from _installed(qapp, "fr")


@pytest.fixture(params=["fr", "en"])
def language(request, qapp) -> Iterator[str]:  # noqa: ANN001
    """Each UI language in turn; the fixture's value is its code."""
    yield from _installed(qapp, request.param)

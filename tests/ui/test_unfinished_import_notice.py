"""Opening a workspace whose last import was killed mid-way says so, once, over the window."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from srm_inclusif.storage.unfinished_import import take_unfinished_imports
from srm_inclusif.ui.app import Launcher
from srm_inclusif.ui.french_spacing import french_spacing
from srm_inclusif.ui.main_window import MainWindow
from tests.read_only_support import shown_window
from tests.unfinished_imports import KILLED_SUPPLIERS, leave_killed_import

#: As the French UI shows it (the same text, with no-break spaces before its colons).
NOTICE = french_spacing(f"{KILLED_SUPPLIERS} Relancez-le depuis Imports / exports.")


def _started(qtbot, path) -> Launcher:  # noqa: ANN001
    launcher = Launcher()
    assert launcher.start(str(path))
    qtbot.addWidget(launcher.window)
    return launcher


def _notice(window: MainWindow) -> QMessageBox | None:
    return window.findChild(QMessageBox, "unfinishedImportBox")


def test_opening_the_window_says_the_last_import_did_not_finish(qtbot, workspace, french):  # noqa: ARG001
    path = workspace.path
    workspace.close()
    marker = leave_killed_import(path)

    launcher = _started(qtbot, path)
    try:
        box = _notice(launcher.window)
        assert box is not None
        qtbot.waitUntil(box.isVisible)
        assert box.text() == NOTICE
        assert box.windowTitle() == "Import inachevé"
        assert not marker.exists()  # said once: the next opening says nothing
        box.accept()
        qtbot.waitUntil(lambda: _notice(launcher.window) is None)
    finally:
        launcher.workspace.close()

    again = _started(qtbot, path)
    try:
        assert _notice(again.window) is None
    finally:
        again.workspace.close()


def test_a_read_only_workspace_says_nothing_and_keeps_it(qtbot, read_only_demo_ctx):
    marker = leave_killed_import(read_only_demo_ctx.workspace.path)
    window = shown_window(qtbot, read_only_demo_ctx)

    window.tell_unfinished_import()

    assert _notice(window) is None
    assert marker.exists()


def test_two_stopped_imports_are_told_in_one_notice(qtbot, workspace, french):  # noqa: ARG001
    """Two windows imported at once, both stopped by the power cut: each import is named."""
    path = workspace.path
    workspace.close()
    leave_killed_import(path, tag="1-1")
    leave_killed_import(path, target="spend", files=("achats.csv",), tag="2-1", minute=7)

    launcher = _started(qtbot, path)
    try:
        box = _notice(launcher.window)
        assert box is not None
        qtbot.waitUntil(box.isVisible)
        assert box.text().split("\n\n") == [
            french_spacing(KILLED_SUPPLIERS),
            "L'import de dépenses («\u00a0achats.csv\u00a0», commencé le 23/11/2026 à 10:07) "
            "s'est arrêté avant la fin\u00a0: rien n'en a été enregistré.",
            "Relancez-les depuis Imports / exports."]
        box.accept()
    finally:
        launcher.workspace.close()


def test_the_notice_is_english_in_the_english_ui(english, tmp_path):  # noqa: ARG001
    """The kind of import is a word of its own in the sentence: it is translated too."""
    db = tmp_path / "espace.sqlite3"
    leave_killed_import(db, target="spend", files=("ventes.csv",))

    [unfinished] = take_unfinished_imports(db)

    text = unfinished.text(seller=True)
    assert text.startswith("The import of sales (“ventes.csv”, started on ")
    assert text.endswith(") stopped before the end: none of it was saved.")

"""The import summary's list of rows set aside is left with Tab, like every list."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton, QVBoxLayout, QWidget

from srm_inclusif.storage.services.import_records import RowIssue
from srm_inclusif.ui.import_wizard.summary_view import IssuesTable


def test_tab_leaves_the_issues_for_the_next_button(qtbot) -> None:  # noqa: ANN001
    window = QWidget()
    table = IssuesTable()
    after = QPushButton("Terminer")
    layout = QVBoxLayout(window)
    layout.addWidget(table)
    layout.addWidget(after)
    qtbot.addWidget(window)
    table.show_issues([RowIssue("a.csv", line, "post_code", "ABCDE", "Code postal illisible.")
                       for line in (2, 3)])
    window.show()
    table.setFocus()
    table.setCurrentIndex(table.model().index(0, 0))
    qtbot.waitUntil(table.hasFocus)

    qtbot.keyClick(table, Qt.Key.Key_Tab)

    assert QApplication.focusWidget() is after
    assert table.currentIndex().row() == 0

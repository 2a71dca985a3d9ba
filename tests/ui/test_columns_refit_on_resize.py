"""A list narrowed with its window fits its columns again, as if opened at that size: the
Contrats structures wrap onto a row's two lines, the Objectifs indicator gives way to the label
(each list listens to its own resizes through ``on_viewport_resized``)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QTableView

from tests.ui.conftest import LAPTOP_SCREENS, shown_demo_window

#: A window narrower than a laptop's screen, where the columns beside the label must give way.
NARROW = (1000, 700)


def _widths(qtbot, demo_workspace, page: str, *sizes: tuple[int, int]) -> list[int]:  # noqa: ANN001
    """The column widths of ``page``'s list, its window shown at each of ``sizes`` in turn."""
    window = shown_demo_window(qtbot, demo_workspace, sizes[0])
    shown = window.show_page(page)
    table: QTableView = shown.table if page == "contracts" else shown.view.table
    for size in sizes[1:]:
        window.resize(*size)
        QApplication.processEvents()
    QApplication.processEvents()
    header = table.horizontalHeader()
    widths = [header.sectionSize(column) for column in range(header.count())]
    window.close()
    return widths


@pytest.mark.parametrize("page", ["contracts", "objectives"])
def test_a_narrowed_list_fits_as_if_opened_narrow(qtbot, demo_workspace, page: str) -> None:
    opened_narrow = _widths(qtbot, demo_workspace, page, NARROW)
    narrowed = _widths(qtbot, demo_workspace, page, LAPTOP_SCREENS[-1], NARROW)
    opened_wide = _widths(qtbot, demo_workspace, page, LAPTOP_SCREENS[-1])

    assert narrowed == opened_narrow
    assert opened_wide[1] != opened_narrow[1]  # the column beside the label did give way

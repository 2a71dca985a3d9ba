"""A window that a fixture made lives until its test ends, whatever Python's collector does.

A fixture's panel that nothing held but a cycle of its own (its signals' connections) was the
collector's to delete at any moment of the test's setup or body, even inside its own events: CI
crashed once in the setup of a test of the dashboard (session 19). tests/ui/conftest.py holds
the collector off from a test's setup until its windows are deleted.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QWidget

NAME = "made by a fixture, held by its own cycle only"


@pytest.fixture
def _window_in_a_cycle(qtbot) -> None:  # noqa: ANN001
    window = QWidget()
    window.setObjectName(NAME)
    window.itself = window  # type: ignore[attr-defined]  # a cycle: only the collector frees it
    qtbot.addWidget(window)
    window.show()


def _shown_windows() -> list[QWidget]:
    return [widget for widget in QApplication.topLevelWidgets() if widget.objectName() == NAME]


class _Garbage:
    def __init__(self) -> None:
        self.itself = self


@pytest.mark.usefixtures("_window_in_a_cycle")
def test_a_fixture_window_lives_through_the_test_while_garbage_piles_up(qtbot) -> None:  # noqa: ANN001
    garbage = [_Garbage() for _ in range(50_000)]  # far past the collector's threshold
    del garbage
    qtbot.wait(10)
    assert len(_shown_windows()) == 1

"""A button taken out of a FlowLayout before its stretch leaves the right-hand ones at the right."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from srm_inclusif.ui.flow_layout import FlowLayout


def test_removing_a_left_button_keeps_the_last_one_at_the_right(qtbot) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    outer = QVBoxLayout(host)
    bar = FlowLayout()
    first, second, last = (QPushButton(text) for text in ("Premier", "Deuxième", "Dernier…"))
    bar.addWidget(first)
    bar.addWidget(second)
    bar.addStretch()
    bar.addWidget(last)
    outer.addLayout(bar)
    outer.addStretch(1)
    bar.removeWidget(first)  # through takeAt
    first.hide()
    host.resize(900, 200)
    host.show()
    qtbot.waitUntil(lambda: host.width() == 900)
    right = host.layout().contentsRect().right()
    assert abs(last.geometry().right() - right) <= 1  # still after the stretch
    assert second.geometry().left() == host.layout().contentsRect().left()
    assert [bar.itemAt(i).widget() for i in range(bar.count())] == [second, last]

"""A row of buttons laid out by FlowLayout wraps rather than widening the window."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from srm_inclusif.ui.flow_layout import FlowLayout


def _bar(qtbot):  # noqa: ANN001, ANN202
    host = QWidget()
    qtbot.addWidget(host)
    outer = QVBoxLayout(host)
    bar = FlowLayout()
    buttons = [QPushButton(text) for text in ("Premier bouton", "Deuxième", "Troisième…")]
    for button in buttons[:2]:
        bar.addWidget(button)
    bar.addStretch()
    bar.addWidget(buttons[2])
    outer.addLayout(bar)
    outer.addStretch(1)
    host.show()
    return host, buttons


def test_a_wide_window_keeps_one_line_the_last_button_at_the_right(qtbot) -> None:
    host, buttons = _bar(qtbot)
    host.resize(900, 200)
    qtbot.waitUntil(lambda: host.width() == 900)
    assert len({b.geometry().top() for b in buttons}) == 1
    right = host.layout().contentsRect().right()
    assert abs(buttons[2].geometry().right() - right) <= 1  # after the stretch
    assert buttons[1].geometry().right() < buttons[2].geometry().left() - 100


def test_a_narrow_window_wraps_and_shows_every_button_whole(qtbot) -> None:
    host, buttons = _bar(qtbot)
    widest = max(b.sizeHint().width() for b in buttons)
    assert host.minimumSizeHint().width() < sum(b.sizeHint().width() for b in buttons)
    host.resize(widest + 40, 200)
    qtbot.waitUntil(lambda: host.width() == widest + 40)
    assert len({b.geometry().top() for b in buttons}) == 3
    for button in buttons:
        assert host.rect().contains(button.geometry())
        assert button.width() >= button.sizeHint().width()

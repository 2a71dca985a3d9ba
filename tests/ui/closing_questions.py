"""The question a form asks when it is closed with changes, answered without a real box."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

#: What closing a form with changes asks (« Enregistrer », « Ne pas enregistrer », « Annuler »).
QUESTION = "Enregistrer les modifications avant de fermer\u00a0?"


class Asked(list[str]):
    """The questions asked, each answered ``reply`` (Annuler unless a test changes it)."""

    reply = QMessageBox.StandardButton.Cancel


def asked_questions(monkeypatch: pytest.MonkeyPatch,
                    reply: QMessageBox.StandardButton = QMessageBox.StandardButton.Cancel,
                    ) -> Asked:
    """The questions asked, answered ``reply`` without a real box (none then waits, even on
    teardown)."""
    texts = Asked()
    texts.reply = reply
    monkeypatch.setattr(QMessageBox, "question",
                        lambda _parent, _title, text, *_args: texts.append(text) or texts.reply)
    return texts

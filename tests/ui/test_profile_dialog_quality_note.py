"""The profile dialog says, before the change, which figure follows the profile.

The quality score counts the feedback a buyer gives, the feedback a structure inclusive
receives (kpi_data.quality_direction): an objective on it changes, or has no actual, once the
profile changes, although every record stays as it is.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from srm_inclusif.core.indicators import indicator
from srm_inclusif.core.vocabulary import Profile
from srm_inclusif.ui.profile_dialog import ProfileDialog


def _note(qtbot, profile: Profile) -> str:  # noqa: ANN001
    dialog = ProfileDialog(profile)
    qtbot.addWidget(dialog)
    return " ".join(label.text() for label in dialog.findChildren(QLabel))


def test_the_dialog_names_the_quality_score_and_whose_feedback_it_counts(qtbot) -> None:
    note = _note(qtbot, Profile.ACHETEUR)
    assert f"«\u00a0{indicator('quality_score').label}\u00a0»" in note
    assert "ceux qu'un acheteur donne, ceux qu'une structure inclusive reçoit" in note
    assert "change donc, ou manque faute de retour" in note


def test_it_no_longer_says_that_everything_stays_as_it_is(qtbot) -> None:
    note = _note(qtbot, Profile.STRUCTURE_INCLUSIVE)
    assert "restent tels quels, mais" in note

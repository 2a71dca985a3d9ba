"""Profil et exercice: a new first month asks first when objective sheets cover other months."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox
from sqlmodel import Session

from srm_inclusif.core.vocabulary import Profile
from srm_inclusif.storage.services.objective_sheets import create_sheet
from srm_inclusif.storage.services.settings import get_settings
from srm_inclusif.storage.tables import Person
from srm_inclusif.ui.profile_dialog import ProfileDialog
from tests.ui.conftest import active_window

Button = QMessageBox.StandardButton
JULY, OCTOBER = 7, 10


class Asked(list[str]):
    """The questions put, and the button each one gets."""

    reply = Button.Cancel
    default: list[object]


@pytest.fixture
def asked(monkeypatch) -> Asked:  # noqa: ANN001
    """The questions, answered without a real box; the default button noted."""
    texts = Asked()
    texts.default = []

    def question(_parent, _title, text, _buttons, default):  # noqa: ANN001, ANN202
        texts.append(text)
        texts.default.append(default)
        return texts.reply

    monkeypatch.setattr(QMessageBox, "question", question)
    return texts


def _choose(monkeypatch, month: int, profile: Profile | None = None) -> None:  # noqa: ANN001
    """The dialog answers ``month`` (and ``profile``) then OK."""
    def fake_exec(dialog: ProfileDialog) -> int:
        dialog.start_month_combo.setCurrentIndex(month - 1)
        if profile is not None:
            dialog.choice.set_profile(profile)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ProfileDialog, "exec", fake_exec)


def _sheets(ctx, years: tuple[int, ...]) -> None:  # noqa: ANN001
    with Session(ctx.engine) as s:
        people = [Person(name="Alice"), Person(name="Bob")]
        s.add_all(people)
        s.commit()
        ids = [p.id for p in people]
    for year in years:
        for person_id in ids[: 1 + (year == years[-1])]:
            create_sheet(ctx.engine, year=year, person_id=person_id)


def _month(ctx) -> int:  # noqa: ANN001
    return get_settings(ctx.engine).fiscal_year_start_month


def _moved_to_july(qtbot, ctx, monkeypatch, asked: Asked):  # noqa: ANN001, ANN202
    """One sheet of 2026; the year's first month moved to July, the question answered Oui."""
    _sheets(ctx, (2026,))
    win = active_window(qtbot, ctx)
    asked.reply = Button.Yes
    _choose(monkeypatch, JULY)
    win.profile_action.trigger()
    return win


@pytest.mark.usefixtures("french")
def test_the_question_names_the_sheets_and_the_years_and_annuler_keeps_january(
        qtbot, ctx, monkeypatch, asked) -> None:  # noqa: ANN001
    _sheets(ctx, (2025, 2026))
    win = active_window(qtbot, ctx)
    _choose(monkeypatch, JULY)

    win.profile_action.trigger()

    assert len(asked) == 1
    assert asked[0] == (
        "3 fiches objectifs couvriront une autre période\u00a0: 2025, 2026 → 2025-2026, "
        "2026-2027. Leurs réalisés changeront. Changer le début de l'exercice\u00a0?")
    assert asked.default == [Button.Cancel]
    assert _month(ctx) == 1
    assert ctx.undo_stack.count() == 0


@pytest.mark.usefixtures("french")
def test_oui_changes_the_month(qtbot, ctx, monkeypatch, asked) -> None:  # noqa: ANN001
    _moved_to_july(qtbot, ctx, monkeypatch, asked)

    assert _month(ctx) == JULY
    assert ctx.undo_stack.count() == 1


@pytest.mark.usefixtures("french")
def test_july_to_october_names_the_months_covered(qtbot, ctx, monkeypatch, asked) -> None:  # noqa: ANN001
    win = _moved_to_july(qtbot, ctx, monkeypatch, asked)
    _choose(monkeypatch, OCTOBER)

    win.profile_action.trigger()

    assert "07/2026 – 06/2027 → 10/2026 – 09/2027" in asked[-1]
    assert _month(ctx) == OCTOBER


@pytest.mark.usefixtures("french")
def test_annuler_still_saves_a_new_profile(qtbot, ctx, monkeypatch, asked) -> None:  # noqa: ANN001
    _sheets(ctx, (2026,))
    win = active_window(qtbot, ctx)
    _choose(monkeypatch, JULY, Profile.STRUCTURE_INCLUSIVE)

    win.profile_action.trigger()

    settings = get_settings(ctx.engine)
    assert (settings.profile, settings.fiscal_year_start_month) == (
        Profile.STRUCTURE_INCLUSIVE, 1)


def test_without_sheets_nothing_is_asked(qtbot, ctx, monkeypatch, asked) -> None:  # noqa: ANN001
    win = active_window(qtbot, ctx)
    _choose(monkeypatch, JULY)

    win.profile_action.trigger()

    assert asked == []
    assert _month(ctx) == JULY

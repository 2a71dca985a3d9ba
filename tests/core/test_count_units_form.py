"""The objective form's unit: a count unit shown in the UI language is stored as the catalogue's."""

from __future__ import annotations

import pytest

from srm_inclusif.core import i18n
from srm_inclusif.core.count_units import unit_shown, unit_stored

ENGLISH_UNITS = {"contrats": "contracts", "structures": "structures", "clients": "clients"}


@pytest.fixture
def english_units(monkeypatch: pytest.MonkeyPatch) -> None:
    """The count units translated to English, the translator before restored after the test."""
    monkeypatch.setattr(i18n, "_translator", i18n._translator)
    i18n.set_translator(lambda context, text: ENGLISH_UNITS.get(text, text)
                        if context == "CountUnits" else text)


@pytest.fixture
def no_translator(monkeypatch: pytest.MonkeyPatch) -> None:
    """No translator, whatever an earlier test installed: labels stay in French (as in the
    command line); the translator before restored after the test."""
    monkeypatch.setattr(i18n, "_translator", i18n._translator)
    i18n.set_translator(i18n._identity)


def test_a_count_unit_is_shown_in_the_ui_language_and_stored_in_french(english_units) -> None:
    assert unit_shown("contrats") == "contracts"
    assert unit_stored(" contracts ") == "contrats"


@pytest.mark.parametrize("unit", ["€", "h", "%", "jours", "visits", ""])
def test_any_other_unit_is_shown_and_stored_as_typed(english_units, unit: str) -> None:
    assert unit_shown(unit) == unit
    assert unit_stored(unit) == unit


def test_without_a_translator_the_french_unit_goes_both_ways(no_translator) -> None:
    assert unit_shown("contrats") == "contrats"
    assert unit_stored("contrats") == "contrats"

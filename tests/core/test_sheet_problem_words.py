"""A sheet's problems said alike on the Objectifs page, the PDF and the export: rule and words."""

from datetime import date

import pytest

from srm_inclusif.core.sheet_problems import framed, running_until

END = date(2026, 12, 31)


@pytest.mark.parametrize(("data_date", "expected"), [
    (date(2026, 11, 22), END),  # read before the last day: results may still change
    (END, None),
    (date(2027, 1, 15), None),
    (None, None),  # targets only: nothing read
])
def test_the_period_runs_until_its_last_day(data_date, expected) -> None:
    assert running_until(data_date, END) == expected


def test_words_opening_a_sentence_take_a_capital() -> None:
    said = framed("{problem} : la fiche est à corriger avant signature.",
                  "les poids totalisent 90 % au lieu de 100 %")
    assert said == ("Les poids totalisent 90 % au lieu de 100 % : la fiche est à corriger "
                    "avant signature.")


def test_words_inside_a_sentence_stay_lower_case() -> None:
    assert framed("Montant provisoire : {problem}.", "réalisé manquant pour « A »") == (
        "Montant provisoire : réalisé manquant pour « A ».")

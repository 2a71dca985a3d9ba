"""On the signed sheet a column title wraps between words only, even beside a missing actual."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from srm_inclusif.core.objective_sheet import (
    ObjectiveInput,
    SheetHeader,
    SheetMode,
    build_document,
)
from srm_inclusif.ui.sheet_pdf import write_sheet_pdf
from tests.support import pdf_pages

#: The last column titles in each language: squeezed, they broke as « Paieme / nt / pondér / é ».
TITLES = {"fr": ("Réalisé", "Atteinte", "Taux de paiement", "Paiement pondéré"),
          "en": ("Actual", "Achievement", "Payout rate", "Weighted payout")}


def _sheet_with_a_missing_actual():  # noqa: ANN202
    header = SheetHeader("Essai SA", "Camille Martin", "Acheteuse", None, 2026,
                         date(2026, 1, 1), date(2026, 12, 31), date(2026, 11, 22), 500_000)
    objectives = [ObjectiveInput("Économies", "manual", "Autre indicateur", "", "€", None,
                                 Decimal(500_000), Decimal(60)),
                  ObjectiveInput("Satisfaction", "manual", "Autre indicateur", "", "/5", None,
                                 Decimal(4), Decimal(40))]
    return build_document(header, objectives, mode=SheetMode.ACTUALS,
                          actuals=[Decimal(450_000), None])


def test_column_titles_stay_whole_beside_a_missing_actual(language: str, tmp_path: Path) -> None:
    page = pdf_pages(write_sheet_pdf([_sheet_with_a_missing_actual()], tmp_path / "s.pdf"))[0]
    for title in TITLES[language]:
        assert title in page
    missing = {"fr": "Réalisé non disponible", "en": "Actual not available"}[language]
    assert missing in page  # the note itself wraps between words too

"""A refused amount is rejected with its own reason: TTC, ambiguous or unreadable."""

from __future__ import annotations

from srm_inclusif.core.money import AMBIGUOUS, TAX_INCLUDED, UNREADABLE
from tests.exchange.import_support import run
from tests.exchange.test_spend_amounts import spend_file


def test_each_refused_amount_says_why(workspace, tmp_path):
    path = spend_file(tmp_path, "Atelier du Lac;;100;15/01/2026",
                      "Atelier du Lac;;120,00 € TTC;15/01/2026", "Atelier du Lac;;1,234;15/01/2026",
                      "Atelier du Lac;;abc;15/01/2026")

    summary = run(workspace, path, target="spend", format_key="spend")

    assert [(i.line, i.field, i.value, i.reason) for i in summary.issues
            if i.severity == "rejected"] == [
        (3, "amount", "120,00 € TTC", TAX_INCLUDED), (4, "amount", "1,234", AMBIGUOUS),
        (5, "amount", "abc", UNREADABLE)]
    assert TAX_INCLUDED.startswith("Montant TTC : les achats se comptent hors taxes")
    assert AMBIGUOUS.startswith("Montant ambigu")

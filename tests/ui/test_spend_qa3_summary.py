"""The wizard's summary gives the amount an import adds; remarks' counts read in English too."""

from __future__ import annotations

import pytest

from srm_inclusif.storage.services.import_records import ImportSummary
from srm_inclusif.storage.services.spend_reasons import UNKNOWN_BUYER_LINES, count_text
from srm_inclusif.ui.import_wizard.summary_view import summary_lines
from srm_inclusif.ui.models.import_issue_table import reason_text


@pytest.mark.usefixtures("qapp")
def test_the_summary_gives_the_amounts_added_and_updated() -> None:
    summary = ImportSummary(target="spend", format="spend", rows=7, inserted=3, updated=1,
                            unchanged=3, matched=7, amount_total_cents=3_453_540,
                            amount_added_cents=3_299_040, amount_updated_cents=187_000)

    assert ("Montant des lignes nouvelles : <b>32 990,40 €</b> HT — des lignes mises à jour : "
            "<b>1 870,00 €</b> HT") in [  # every space no-break, as the summary lays them out
        line.replace("\u00a0", " ") for line in summary_lines(summary, simulated=False)]


def test_a_grouped_count_reads_back_in_english(english) -> None:
    stored = UNKNOWN_BUYER_LINES.format(lines=count_text(15_031))
    assert "15\u202f031" in stored

    shown = reason_text(stored)

    assert "15,031" in shown
    assert "Acheteur" not in shown  # the English sentence, not the French one

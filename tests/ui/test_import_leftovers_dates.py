"""The dates in the remarks of an import read as the UI language writes dates.

In English the wizard's preview said « 5 Jan 2026 » while the remarks of the same lines, in the
history's table and the wizard's summary, kept the French « 05/01/2026 ».
"""

from __future__ import annotations

from datetime import date

import pytest

from srm_inclusif.exchange.records import ReadOptions
from srm_inclusif.ui.models.import_issue_table import COL_REASON
from srm_inclusif.ui.pages.imports_page import ImportsPage
from tests.exchange.import_support import import_spend_lines

#: A line without a date (given the day chosen for such lines), one dated in 1985 (a typo?).
LINES = ("Régie Est;41155513900012;1 200,00;", "Atelier Sud;52310004800025;300,00;01/02/1985")
REMARKS = {
    "fr": ["Date absente : ligne datée du 05/01/2026 (date choisie pour les lignes sans date).",
           "Date invraisemblable : 01/02/1985, avant 1990."],
    "en": ["Date missing: row dated 5 Jan 2026 (the date chosen for rows without a date).",
           "Implausible date: 1 Feb 1985, before 1990."],
}


def shown_remarks(qtbot, ctx) -> list[str]:  # noqa: ANN001
    """The remarks of the last import, as the imports page lists them."""
    page = ImportsPage(ctx)
    qtbot.addWidget(page)
    model = page.issue_view.model()
    return sorted(model.index(row, COL_REASON).data() for row in range(model.rowCount()))


@pytest.mark.usefixtures("language")
def test_the_remarks_write_their_dates_in_the_ui_language(qtbot, ctx, tmp_path, language):
    import_spend_lines(ctx.workspace, tmp_path, *LINES,
                       read=ReadOptions(default_spend_date=date(2026, 1, 5)))

    dated = [remark.replace("\u00a0", " ") for remark in shown_remarks(qtbot, ctx)
             if remark.startswith(("Date", "Implausible"))]

    assert [remark[:len(start)] for remark, start
            in zip(dated, REMARKS[language], strict=True)] == REMARKS[language]


def test_a_year_alone_stays_a_year(qtbot, ctx, tmp_path, english):  # noqa: ARG001
    import_spend_lines(ctx.workspace, tmp_path, "Régie Est;41155513900012;1 200,00;1985",
                       header="Raison sociale;SIRET;Montant;Année\n")

    assert shown_remarks(qtbot, ctx)[0].startswith("Implausible date: 1985, before 1990.")

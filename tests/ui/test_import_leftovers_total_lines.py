"""The imports page says the total lines among an import's rows to check, when it has some.

A spend file's subtotal lines are listed apart (« Ligne de total ») since session 23, but the
sentence above the list and the export button's tooltip still spoke of rejected, flagged,
merged and conflicting lines only.
"""

from __future__ import annotations

from srm_inclusif.ui.import_wizard import start_import_wizard
from srm_inclusif.ui.pages.imports_page import ImportsPage
from tests.exchange.import_support import import_spend_lines
from tests.ui.test_import_wizard import run_to_summary

PURCHASES = ("Régie Est;41155513900012;1 200,00;15/01/2026",
             "Atelier Sud;52310004800025;300,00;16/01/2026")
SUBTOTAL = "Sous-total Lyon;;1 500,00;"
WITH_TOTALS = ("Enregistrer dans un fichier CSV les lignes rejetées, signalées, fusionnées, en "
               "conflit ou de total, comme le tableau les montre")
WITHOUT = ("Enregistrer dans un fichier CSV les lignes rejetées, signalées, fusionnées ou en "
           "conflit, comme le tableau les montre")


def imports_page(qtbot, ctx) -> ImportsPage:  # noqa: ANN001
    page = ImportsPage(ctx)
    qtbot.addWidget(page)
    return page


def test_a_file_with_a_subtotal_says_its_total_line(qtbot, ctx, tmp_path, french):  # noqa: ARG001
    import_spend_lines(ctx.workspace, tmp_path, *PURCHASES, SUBTOTAL)

    page = imports_page(qtbot, ctx)

    # its plural forms come with the French catalogue (« 3 lignes rejetées, … »)
    assert page.issue_label.text().startswith("3 ligne")
    assert page.issue_label.text().endswith(", en conflit ou de total")
    assert page.export_button.toolTip().startswith(WITH_TOTALS)


def test_without_total_lines_nothing_changes(qtbot, ctx, tmp_path, french):  # noqa: ARG001
    import_spend_lines(ctx.workspace, tmp_path, *PURCHASES)

    page = imports_page(qtbot, ctx)

    assert page.issue_label.text() == "2 lignes rejetées, signalées, fusionnées ou en conflit"
    assert page.export_button.toolTip().startswith(WITHOUT)


def test_the_selected_import_decides(qtbot, ctx, tmp_path, french):  # noqa: ARG001
    import_spend_lines(ctx.workspace, tmp_path, *PURCHASES, SUBTOTAL)
    import_spend_lines(ctx.workspace, tmp_path, *PURCHASES)  # newest first: selected
    page = imports_page(qtbot, ctx)
    assert page.export_button.toolTip().startswith(WITHOUT)

    page.batch_view.selectRow(1)

    assert page.issue_label.text().endswith("en conflit ou de total")
    assert page.export_button.toolTip().startswith(WITH_TOTALS)


def test_the_wizard_summary_export_says_them_too(qtbot, ctx, tmp_path, french):  # noqa: ARG001
    path = tmp_path / "achats.csv"
    path.write_text("Raison sociale;SIRET;Montant;Date\n"
                    + "".join(f"{line}\n" for line in (*PURCHASES, SUBTOTAL)), encoding="utf-8")
    wizard = start_import_wizard(ctx, None, [path], target="spend")
    qtbot.addWidget(wizard)

    run_to_summary(qtbot, wizard)

    assert wizard.currentPage().export_button.toolTip().startswith(WITH_TOTALS)

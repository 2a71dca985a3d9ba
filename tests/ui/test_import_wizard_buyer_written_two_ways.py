"""A buyer the file writes two ways (« DUPONT Marie », « Marie Dupont ») is one person.

The summary listed her twice, and the option adding the missing buyers stored « DUPONT Marie ».
"""

from __future__ import annotations

from sqlalchemy import text

from srm_inclusif.storage.services.people import PersonInput, add_person, list_people
from tests.ui.test_import_wizard_default_buyer import imported, on_mapping

SPEND = ("Raison sociale;Montant;Date;Acheteur\n"
         "Atelier Mécanique;100,00 €;05/01/2026;DUPONT Marie\n"
         "Jardins du Nord;200,00 €;08/01/2026;Camille Martin\n"
         "Bureau Express;300,00 €;09/01/2026;DUPONT Marie\n"
         "Imprimerie Bleue;400,00 €;12/01/2026;Marie Dupont\n"
         "Recyclerie Sud;500,00 €;14/01/2026;LEFÈVRE Éloïse\n")


def spend_file(tmp_path):
    path = tmp_path / "achats_2026-01.csv"
    path.write_text(SPEND, encoding="utf-8")
    return path


def workspace_of_two(ctx):
    add_person(ctx.engine, values=PersonInput(name="Camille Martin"))
    add_person(ctx.engine, values=PersonInput(name="Zoé Bernard"))


def test_the_simulation_lists_her_once_and_points_to_the_option(
        qtbot, ctx, tmp_path, french) -> None:  # noqa: ANN001, ARG001
    workspace_of_two(ctx)
    wizard = on_mapping(qtbot, ctx, spend_file(tmp_path))
    wizard.next()
    qtbot.waitUntil(lambda: wizard.dry_summary is not None, timeout=15000)
    page = wizard.currentPage()
    summary = page.summary_label.text()

    assert "de l'espace\u00a0: Éloïse Lefèvre, Marie Dupont. " in summary
    assert "revenez à la page «\u00a0Correspondance des colonnes\u00a0» et cochez " in summary
    # one remark for her, on her first line, counting the lines written either way
    model = page.issues.issue_model
    buyer_remarks = [model.row_at(row) for row in range(model.rowCount())
                     if model.row_at(row).field == "buyer"]
    assert [(issue.line, issue.value) for issue in buyer_remarks] == [
        (2, "DUPONT Marie"), (6, "LEFÈVRE Éloïse")]
    assert "les 3 lignes de l'import" in buyer_remarks[0].reason


def test_ticked_she_is_added_once_as_marie_dupont_with_her_three_lines(
        qtbot, ctx, tmp_path, french) -> None:  # noqa: ANN001, ARG001
    workspace_of_two(ctx)
    wizard = on_mapping(qtbot, ctx, spend_file(tmp_path))
    wizard.currentPage().spend.add_buyers.setChecked(True)

    summary = imported(qtbot, wizard)

    assert "Personnes ajoutées à l'organisation\u00a0: Marie Dupont, Éloïse Lefèvre" in summary
    assert sorted(person.name for person in list_people(ctx.engine)) == [
        "Camille Martin", "Marie Dupont", "Zoé Bernard", "Éloïse Lefèvre"]
    with ctx.engine.connect() as connection:
        lines = connection.execute(text(
            "SELECT count(*) FROM spend_line s JOIN person p ON p.id = s.person_id "
            "WHERE p.name = 'Marie Dupont'")).scalar()
    assert lines == 3

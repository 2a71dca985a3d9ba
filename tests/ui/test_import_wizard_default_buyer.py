"""With several people, the mapping page asks who gets the spend lines without a buyer."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from srm_inclusif.storage.services.import_records import FLAGGED, ImportSummary, RowIssue
from srm_inclusif.storage.services.people import PersonInput, add_person, list_people
from srm_inclusif.storage.services.spend_reasons import UNKNOWN_BUYER
from srm_inclusif.ui.import_wizard import start_import_wizard
from srm_inclusif.ui.import_wizard.summary_view import summary_lines
from srm_inclusif.ui.import_wizard.wizard import ImportWizard

SPEND = "Raison sociale;Montant;Date\nAtelier Mécanique;1 234,50 €;15/03/2026\n" \
        "Jardins du Nord;2 000,00 €;30/06/2026\n"


@pytest.fixture
def spend_file(tmp_path):
    path = tmp_path / "achats.csv"
    path.write_text(SPEND, encoding="utf-8")
    return path


def on_mapping(qtbot, ctx, path) -> ImportWizard:
    wizard = start_import_wizard(ctx, None, [path], target="spend")
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    wizard.next()
    assert wizard.currentId() == ImportWizard.PAGE_MAPPING
    return wizard


def imported(qtbot, wizard: ImportWizard) -> str:
    wizard.next()
    qtbot.waitUntil(lambda: wizard.dry_summary is not None, timeout=15000)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == ImportWizard.PAGE_SUMMARY, timeout=15000)
    return wizard.currentPage().summary_label.text()


def buyers(ctx) -> list[str | None]:
    with ctx.engine.connect() as connection:
        return list(connection.execute(text(
            "SELECT p.name FROM spend_line s LEFT JOIN person p ON p.id = s.person_id")).scalars())


def test_the_chosen_person_gets_the_lines_and_the_summary_says_how_many(
        qtbot, ctx, spend_file) -> None:
    add_person(ctx.engine, values=PersonInput(name="Camille Martin"))
    add_person(ctx.engine, values=PersonInput(name="Zoé Bernard"))
    wizard = on_mapping(qtbot, ctx, spend_file)
    choices = wizard.currentPage().spend

    assert choices.buyer_combo.isVisible()
    assert choices.buyer_label.text().replace("&", "") == "Acheteur des lignes sans acheteur :"
    assert choices.buyer_combo.currentText() == "— aucun —"  # the app knows no current user
    choices.buyer_combo.setCurrentIndex(choices.buyer_combo.findText("Zoé Bernard"))

    summary = imported(qtbot, wizard)

    assert buyers(ctx) == ["Zoé Bernard", "Zoé Bernard"]
    assert "Lignes sans acheteur attribuées à Zoé Bernard : <b>2</b>" in summary


def test_alone_in_her_workspace_she_is_not_asked_and_gets_the_lines(
        qtbot, ctx, spend_file) -> None:
    add_person(ctx.engine, values=PersonInput(name="Camille Martin"))
    wizard = on_mapping(qtbot, ctx, spend_file)

    assert not wizard.currentPage().spend.buyer_combo.isVisible()
    summary = imported(qtbot, wizard)

    assert buyers(ctx) == ["Camille Martin", "Camille Martin"]
    assert "Lignes sans acheteur attribuées à Camille Martin : <b>2</b>" in summary


NAMED = ("Raison sociale;Montant;Date;Acheteur\n"
         "Atelier Mécanique;1 234,50 €;15/03/2026;Paul Roux\n"
         "Jardins du Nord;2 000,00 €;30/06/2026;Alice Durand\n"
         "Bureau Express;250,00 €;01/07/2026;Alice Durand\n"
         "Imprimerie Bleue;90,00 €;02/07/2026;Camille Martin\n")


def test_the_summary_names_the_buyers_to_add_and_how_their_lines_come_to_them(
        qtbot, ctx, tmp_path, french) -> None:  # noqa: ANN001, ARG001
    add_person(ctx.engine, values=PersonInput(name="Camille Martin"))
    add_person(ctx.engine, values=PersonInput(name="Zoé Bernard"))
    path = tmp_path / "achats.csv"
    path.write_text(NAMED, encoding="utf-8")

    summary = imported(qtbot, on_mapping(qtbot, ctx, path))

    # the import done, the way back to the option is a new import
    assert "de l'espace\u00a0: Alice Durand, Paul Roux. Pour leur attribuer leurs lignes, " \
           "cochez «\u00a0Ajouter à l'organisation les acheteurs du fichier absents de " \
           "l'espace\u00a0» (page «\u00a0Correspondance des colonnes\u00a0») ou ajoutez-" in summary
    assert "Outils > Personnes et équipes…, puis importez à nouveau le fichier." in summary


def _unknown_buyers_line(names: list[str]) -> str:
    issues = [RowIssue("achats.csv", line, "buyer", name, UNKNOWN_BUYER, FLAGGED)
              for line, name in enumerate(names, start=2)]
    summary = ImportSummary(target="spend", format="generic", rows=len(names), issues=issues)
    [text] = [line for line in summary_lines(summary, simulated=True)
              if "Outils" in line or "Tools" in line]  # the way to add them
    return text


def test_one_unknown_buyer_is_one_person_to_add(french) -> None:  # noqa: ANN001, ARG001
    text = _unknown_buyers_line(["Alice Durand"])

    assert "de l'espace\u00a0: Alice Durand. " in text
    # a page back in the wizard: the option that adds her
    assert "revenez à la page «\u00a0Correspondance des colonnes\u00a0» et cochez «\u00a0Ajouter " \
           "à l'organisation les acheteurs du fichier absents de l'espace\u00a0»" in text


def test_past_five_unknown_buyers_the_others_are_counted(french) -> None:  # noqa: ANN001, ARG001
    text = _unknown_buyers_line(["Zoé", "Hugo", "Inès", "Jade", "Léo", "Lina", "Noé"])

    assert "\u00a0: Hugo, Inès, Jade, Léo, Lina et 2 autres." in text


def test_english_names_them_too(english) -> None:  # noqa: ANN001, ARG001
    text = _unknown_buyers_line(["Alice Durand", "Paul Roux"])

    assert ": Alice Durand, Paul Roux." in text
    assert "Add the file's buyers missing from the workspace to the organisation" in text


def test_ticked_the_missing_buyers_are_added_and_get_their_lines(qtbot, ctx, tmp_path) -> None:
    add_person(ctx.engine, values=PersonInput(name="Camille Martin"))
    add_person(ctx.engine, values=PersonInput(name="Zoé Bernard"))
    path = tmp_path / "achats.csv"
    path.write_text(NAMED, encoding="utf-8")
    wizard = on_mapping(qtbot, ctx, path)
    choices = wizard.currentPage().spend
    assert choices.add_buyers.isVisible()
    assert not choices.add_buyers.isChecked()
    choices.add_buyers.setChecked(True)
    table = wizard.currentPage().preview_table
    remarks = [table.item(r, table.columnCount() - 1).text() for r in range(table.rowCount())]
    assert remarks == ["", "", "", ""]  # no longer « Acheteur inconnu dans l'espace »

    summary = imported(qtbot, wizard)

    assert sorted(name for name in buyers(ctx) if name) == [
        "Alice Durand", "Alice Durand", "Camille Martin", "Paul Roux"]
    assert "Personnes ajoutées à l'organisation : Paul Roux, Alice Durand" in summary
    assert "absents" not in summary
    added = [person for person in list_people(ctx.engine) if person.name == "Paul Roux"]
    assert [person.role for person in added] == ["Acheteur"]


def test_a_file_without_buyers_does_not_offer_to_add_them(qtbot, ctx, spend_file) -> None:
    wizard = on_mapping(qtbot, ctx, spend_file)

    assert not wizard.currentPage().spend.add_buyers.isVisible()

"""« Revenir avant cet import… » asks about that import: its date, files and what it undoes."""

from __future__ import annotations

from srm_inclusif.exchange.importer import ImportSettings, import_files
from srm_inclusif.ui.pages.imports_page import ImportsPage
from tests.ui.restore_dialogs import answered


def test_the_question_names_the_import_its_files_and_its_counts(qtbot, ctx, tmp_path,
                                                                 monkeypatch):
    path = tmp_path / "fournisseurs-esat.csv"
    path.write_text("Raison sociale;SIRET;Code postal\nRégie Est;41155513900012;67000\n"
                    "Atelier Sud;52310004800025;13015\n", encoding="utf-8")
    import_files(ctx.engine, [path], ImportSettings())
    path.write_text("Raison sociale;SIRET;Code postal;Ville\n"
                    "Régie Est;41155513900012;67000;Strasbourg\n"
                    "Jardins du Nord;90000001900019;59000;Lille\n"
                    "Bois de l'Ouest;80295478500028;35000;Rennes\n", encoding="utf-8")
    import_files(ctx.engine, [path], ImportSettings())
    page = ImportsPage(ctx)
    qtbot.addWidget(page)
    shown = page.batches.index(0, 0).data()  # the history's « Date »: « 24/11/2026 10:12 »
    day, time = shown.split()
    asked = answered(monkeypatch, "Restaurer", click=False)

    page.undo_import_button.click()

    assert asked[0].startswith(
        f"Revenir avant l'import du {day} à {time} "
        "(fournisseurs-esat.csv — ajoutées : 2, mises à jour : 1) ?")
    assert "copié dans les sauvegardes" in asked[0]  # what going back does, as before

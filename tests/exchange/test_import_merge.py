"""Merging rules and safety: re-import, hand edits, duplicates, malformed input, cancel, dry run."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from sqlalchemy import text

from srm_inclusif.core.errors import Cancelled
from srm_inclusif.exchange.importer import ImportSettings, import_files
from srm_inclusif.exchange.sniff import ImportFormatError
from srm_inclusif.storage.services.supplier_reasons import OTHER_SOURCE_KEPT
from tests.exchange.import_support import run, snapshot
from tests.support import IMPORT_FIXTURES

MARCHE = IMPORT_FIXTURES / "liste_structures_2026-03-11.csv"


def scalar(workspace, sql: str, **params):
    with workspace.engine.connect() as connection:
        return connection.execute(text(sql), params).scalar()


def test_reimport_changes_nothing(workspace):
    first = run(workspace, IMPORT_FIXTURES / "annuaire_esat_ea_2024.csv")
    before = scalar(workspace, "SELECT group_concat(updated_at) FROM counterparty")

    again = run(workspace, IMPORT_FIXTURES / "annuaire_esat_ea_2024.csv")

    assert (again.inserted, again.updated) == (0, 0)
    assert again.unchanged == first.inserted
    assert again.merged_duplicates == first.merged_duplicates
    assert scalar(workspace, "SELECT group_concat(updated_at) FROM counterparty") == before


@pytest.mark.parametrize("name", [
    "liste_structures_2026-03-11.csv", "export_hosmoz.csv", "sirene_extrait.zip",
    "etalab_finess_stock_2026-03-11.csv", "annuaire_regional.xlsx", "membres_reseau.ods",
])
def test_reimport_reports_every_row_unchanged(workspace, name):
    first = run(workspace, IMPORT_FIXTURES / name)
    again = run(workspace, IMPORT_FIXTURES / name)

    assert (again.inserted, again.updated, again.conflicts) == (0, 0, 0)
    assert again.unchanged == first.inserted


def test_hand_edited_field_survives_reimport_and_is_reported(workspace):
    run(workspace, MARCHE)
    with workspace.engine.begin() as connection:
        connection.execute(text(
            "UPDATE counterparty SET city = 'Bourg', edited_fields = '[\"city\"]' "
            "WHERE name = 'Les Ateliers du Lac'"))

    summary = run(workspace, MARCHE)

    assert scalar(workspace, "SELECT city FROM counterparty WHERE name = 'Les Ateliers du Lac'"
                  ) == "Bourg"
    conflicts = [i for i in summary.issues if i.severity == "conflict"]
    # line 6 repeats the structure of lines 2-3 (its address spans two lines), same city: the
    # hand edit is one conflict
    assert [(c.line, c.field, c.value) for c in conflicts] == [(2, "city", "Bourg-en-Bresse")]
    assert summary.conflicts == 1


def test_other_source_fills_empty_fields_only(workspace):
    run(workspace, IMPORT_FIXTURES / "membres_reseau.ods")  # "ESAT Côte d'Azur" without phone
    with workspace.engine.begin() as connection:
        connection.execute(text("UPDATE counterparty SET email = 'mine@example.org' "
                                "WHERE name = 'ESAT Côte d''Azur'"))

    summary = run(workspace, IMPORT_FIXTURES / "export_hosmoz.csv")

    row = text("SELECT phone, email, kind FROM counterparty WHERE name = 'ESAT Côte d''Azur'")
    with workspace.engine.connect() as connection:
        assert tuple(connection.execute(row).one()) == ("+33493000000", "mine@example.org",
                                                        "ESAT")
    assert summary.updated == 1
    assert summary.inserted == 2
    # the value not taken is said, never dropped silently
    assert [(i.field, i.reason, i.severity) for i in summary.issues
            if i.structure_name == "ESAT Côte d'Azur"] == [
        ("email", OTHER_SOURCE_KEPT.format(kept="mine@example.org"), "flagged")]


def test_spend_matches_by_siret_and_creates_classic_suppliers_once(workspace):
    run(workspace, IMPORT_FIXTURES / "annuaire_esat_ea_2024.csv")

    summary = run(workspace, IMPORT_FIXTURES / "achats_2025.csv", target="spend",
                  format_key="spend")

    assert (summary.rows, summary.inserted, summary.rejected) == (6, 5, 1)
    assert (summary.matched, summary.unmatched) == (2, 3)
    assert summary.classic_created == 2  # three lines, two suppliers
    assert summary.amount_total_cents == 1234567 + 450000 + 120000 + 80050 + 200000
    assert scalar(workspace, "SELECT count(*) FROM counterparty WHERE kind = 'CLASSIC' "
                             "AND name IN ('Bureau Express', 'Transports Martin')") == 2
    assert scalar(workspace, "SELECT sum(amount_cents) FROM spend_line") == (
        summary.amount_total_cents)


def test_spend_reimport_adds_nothing(workspace):
    run(workspace, IMPORT_FIXTURES / "achats_2025.csv", target="spend", format_key="spend")
    again = run(workspace, IMPORT_FIXTURES / "achats_2025.csv", target="spend", format_key="spend")

    assert (again.inserted, again.unchanged, again.matched) == (0, 5, 5)
    assert scalar(workspace, "SELECT count(*) FROM spend_line") == 5


def test_spend_dates_title_line_and_bad_date(workspace):
    summary = run(workspace, IMPORT_FIXTURES / "depenses_erp_2025.csv", target="spend",
                  format_key="spend")

    assert summary.encoding == "UTF-8 (avec BOM)"
    assert (summary.inserted, summary.rejected) == (3, 1)
    assert [(i.line, i.field) for i in summary.issues if i.severity == "rejected"] == [
        (7, "spend_date")]
    dates = scalar(workspace, "SELECT group_concat(spend_date, ' ') FROM "
                              "(SELECT spend_date FROM spend_line ORDER BY spend_date)")
    assert dates == "2025-03-15 2025-06-30 2025-12-31"


@pytest.mark.parametrize(("name", "words"), [
    ("vide.csv", "vide"),
    ("binaire.csv", "n'est pas un fichier texte"),
    ("mauvais_separateur.csv", "séparateur"),
    ("sans_colonne_connue.csv", "aucune colonne reconnue"),
])
def test_malformed_files_are_refused_without_change(workspace, name, words):
    run(workspace, MARCHE)
    before = snapshot(workspace)

    with pytest.raises(ImportFormatError, match=words):
        run(workspace, IMPORT_FIXTURES / name)

    assert snapshot(workspace) == before


def test_an_unterminated_quote_rejects_its_line_and_all_or_nothing_changes_nothing(workspace):
    run(workspace, MARCHE)
    before = snapshot(workspace)

    refused = run(workspace, IMPORT_FIXTURES / "guillemet_non_ferme.csv", all_or_nothing=True)

    assert (refused.applied, snapshot(workspace)) == (False, before)
    summary = run(workspace, IMPORT_FIXTURES / "guillemet_non_ferme.csv")
    assert (summary.inserted, summary.rejected) == (1, 1)
    assert [(i.line, i.reason.startswith("Guillemet ouvert jamais refermé")) for i in
            summary.issues] == [(2, True)]


def test_large_junk_file_is_refused_quickly(workspace, tmp_path):
    junk = tmp_path / "junk.txt"
    with junk.open("w", encoding="utf-8") as handle:
        for index in range(200_000):
            handle.write(f"xx{index} zz qq ## junk line with no table at all\n")
    before = snapshot(workspace)

    with pytest.raises(ImportFormatError, match="colonne"):
        run(workspace, junk)

    assert snapshot(workspace) == before


@pytest.mark.parametrize("header", [True, False])
def test_xlsx_without_data_is_refused(workspace, tmp_path, header):
    import openpyxl

    book = openpyxl.Workbook()
    if header:
        book.active.append(["Raison sociale", "SIRET", "Code postal"])
    path = tmp_path / "vide.xlsx"
    book.save(path)
    before = snapshot(workspace)

    with pytest.raises(ImportFormatError, match="aucune"):
        run(workspace, path)

    assert snapshot(workspace) == before


def test_cancel_leaves_the_workspace_as_before(workspace, tmp_path):
    path = tmp_path / "big.csv"
    lines = ["Raison sociale,Code postal"] + [f"Structure {i},75011" for i in range(5000)]
    path.write_text("\n".join(lines), encoding="utf-8")
    cancel = threading.Event()
    before = snapshot(workspace)

    def progress(done: int, total: int) -> None:
        if done > 1000:
            cancel.set()

    with pytest.raises(Cancelled):
        import_files(workspace.engine, [path], ImportSettings(), progress=progress,
                     cancel=cancel)

    assert snapshot(workspace) == before


def test_cancel_during_the_copy_before_the_import_leaves_no_copy(workspace):
    from srm_inclusif.storage.backup import list_backups

    cancel = threading.Event()
    cancel.set()  # as soon as Importer is pressed: the copy of the workspace is under way
    before = snapshot(workspace)

    with pytest.raises(Cancelled):
        import_files(workspace.engine, [MARCHE], ImportSettings(), cancel=cancel)

    assert snapshot(workspace) == before
    assert list_backups(workspace.path) == []


def test_dry_run_counts_without_writing(workspace):
    before = snapshot(workspace)

    summary = run(workspace, MARCHE, dry_run=True)

    assert (summary.inserted, summary.applied, summary.batch_id) == (5, False, None)
    assert snapshot(workspace) == before


def test_all_or_nothing_refuses_a_file_with_rejected_rows(workspace):
    before = snapshot(workspace)

    summary = run(workspace, MARCHE, all_or_nothing=True)

    assert not summary.applied
    assert summary.rejected == 1
    assert "tout ou rien" in summary.message
    assert snapshot(workspace) == before


def test_backup_taken_and_batch_with_issues_recorded(workspace):
    from srm_inclusif.storage.services.imports import list_import_batches, list_import_issues

    summary = run(workspace, MARCHE)

    assert summary.backup_path
    assert Path(summary.backup_path).exists()
    batch = list_import_batches(workspace.engine)[0]
    assert batch.counts["inserted"] == 5
    assert batch.format == "marche-csv"
    issues = list_import_issues(workspace.engine, batch_id=batch.id)
    assert sorted((i.line, i.field, i.severity) for i in issues) == [
        (6, "address", "flagged"), (8, "name", "rejected")]  # line 6 repeats lines 2-3


def test_generic_csv_with_a_saved_profile(workspace, tmp_path):
    from srm_inclusif.storage.services.imports import list_mapping_profiles, save_mapping_profile

    path = tmp_path / "reseau.csv"
    path.write_text("Structure adhérente;Numéro d'établissement;Localisation\n"
                    "Régie Est;41155513900012;67000\n", encoding="utf-8")
    with pytest.raises(ImportFormatError):
        run(workspace, path)
    save_mapping_profile(workspace.engine, name="Réseau Est", target="suppliers", mapping={
        "Structure adhérente": "name", "Numéro d'établissement": "siret",
        "Localisation": "post_code"})

    profile = list_mapping_profiles(workspace.engine)["Réseau Est"]
    summary = run(workspace, path, profile=profile)

    assert summary.inserted == 1
    assert scalar(workspace, "SELECT siret || ' ' || department_code FROM counterparty") == (
        "41155513900012 67")


def test_rejects_csv_lists_file_line_structure_field_value_reason(workspace, tmp_path):
    from srm_inclusif.exchange.report import write_issues_csv

    summary = run(workspace, IMPORT_FIXTURES / "annuaire_esat_ea_2024.csv")
    out = tmp_path / "rejets.csv"

    write_issues_csv(out, summary.issues)

    lines = out.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].startswith("Gravité;Fichier;Ligne;Structure;Champ;Valeur;Motif;"
                               "Raison sociale;Siret;")  # then the rejected line's cells
    assert ("Rejetée;annuaire_esat_ea_2024.csv;5;;Raison sociale;#N/D;"
            "Raison sociale manquante.;#N/D;334 001 203 00036;ESAT;#N/D;#N/D;#N/D;#N/D;#N/D;"
            "#N/D;#N/D") in lines  # the field by its label, as on screen
    assert len(lines) == 1 + len(summary.issues)


def test_imported_structures_are_searchable(workspace):
    run(workspace, IMPORT_FIXTURES / "annuaire_esat_ea_2024.csv")

    found = scalar(workspace, "SELECT group_concat(c.name) FROM counterparty_search s "
                              "JOIN counterparty c ON c.id = s.rowid "
                              "WHERE counterparty_search MATCH 'blanchisserie'")
    assert found == "ESAT de la Vallée"


def test_progress_is_reported_up_to_the_total(workspace, tmp_path):
    path = tmp_path / "annuaire.csv"
    lines = ["Raison sociale,Code postal"] + [f"Structure {i},75011" for i in range(3000)]
    path.write_text("\n".join(lines), encoding="utf-8")
    calls: list[tuple[int, int]] = []

    import_files(workspace.engine, [path], ImportSettings(),
                 progress=lambda done, total: calls.append((done, total)))

    assert calls[-1][0] == calls[-1][1] == 3000  # the data lines, not the header
    assert [done for done, _total in calls] == sorted(done for done, _total in calls)


def test_reports_go_on_while_the_rows_are_written_and_cancel_stops_the_writing(
        workspace, tmp_path, monkeypatch):
    # every report let through, and SQLite asked for a sign of life every 100 steps: the
    # search index of the last rows is written once the whole file is read
    from srm_inclusif.exchange import importer
    from srm_inclusif.storage import heartbeat

    monkeypatch.setattr(importer, "PROGRESS_INTERVAL", 0)
    monkeypatch.setattr(heartbeat, "STEPS", 100)
    path = tmp_path / "annuaire.csv"
    lines = ["Raison sociale,Code postal"] + [f"Structure {i},75011" for i in range(3000)]
    path.write_text("\n".join(lines), encoding="utf-8")
    before = snapshot(workspace)
    calls: list[tuple[int, int]] = []
    cancel = threading.Event()

    def progress(done: int, total: int) -> None:
        calls.append((done, total))
        if done == total and len(calls) > 1 and calls[-2][0] == total:
            cancel.set()  # pressed once the file is read, while the last rows are written

    with pytest.raises(Cancelled):
        import_files(workspace.engine, [path], ImportSettings(), progress=progress,
                     cancel=cancel)

    assert snapshot(workspace) == before
    assert calls[-1][0] == calls[-1][1]
    assert [done for done, _total in calls] == sorted(done for done, _total in calls)


def test_tab_file_with_the_header_pasted_twice(workspace, tmp_path):
    path = tmp_path / "deux_exports.tsv"
    path.write_text("Raison sociale\tSIRET\tCode postal\nAtelier Un\t41155513900012\t38100\n\n"
                    "Raison sociale\tSIRET\tCode postal\nAtelier Deux\t\t44000\n",
                    encoding="utf-8")

    summary = run(workspace, path)

    # the second header is listed and counted with the total lines
    assert (summary.rows, summary.inserted, summary.skipped_totals) == (3, 2, 1)
    assert scalar(workspace, "SELECT group_concat(name, '|') FROM counterparty") == (
        "Atelier Un|Atelier Deux")


def test_a_siret_that_fails_its_check_never_merges_two_structures(workspace, tmp_path):
    from srm_inclusif.core.siret import make_siret

    good = make_siret(41234567, 12)
    path = tmp_path / "annuaire.csv"
    path.write_text("Raison sociale,SIRET,Code postal\n"
                    "Atelier du Lac,123,69002\n"
                    "Jardins de Loire,123,44000\n"
                    "Ressourcerie Sud,00000000000000,13008\n"
                    "Traiteur Solidaire,00000000000000,31000\n"
                    f"Atelier du Lac,{good},69002\n", encoding="utf-8")

    summary = run(workspace, path)

    assert (summary.inserted, summary.merged_duplicates) == (4, 1)
    assert scalar(workspace, "SELECT siret FROM counterparty WHERE name = 'Atelier du Lac'") == good
    assert scalar(workspace, "SELECT siret_status FROM counterparty "
                             "WHERE name = 'Atelier du Lac'") == "valid"
    assert [i.line for i in summary.issues if i.field == "siret"] == [2, 3, 4, 5]


def test_spend_lines_sharing_a_filler_siret_keep_their_suppliers_apart(workspace, tmp_path):
    path = tmp_path / "depenses.csv"
    path.write_text("SIRET;Raison sociale;Montant HT;Date\n"
                    "00000000000000;Fournisseur Belge;1 000,00;15/03/2025\n"
                    "00000000000000;Fournisseur Suisse;2 000,00;16/03/2025\n"
                    "00000000000000;Fournisseur Belge;500,00;17/03/2025\n", encoding="utf-8")

    summary = run(workspace, path, target="spend", format_key="spend")

    assert summary.rows == 3
    names = {name: total for name, total in workspace.engine.connect().execute(text(
        "SELECT c.name, sum(s.amount_cents) FROM spend_line s "
        "JOIN counterparty c ON c.id = s.counterparty_id GROUP BY c.name"))}
    assert names == {"Fournisseur Belge": 150_000, "Fournisseur Suisse": 200_000}


def test_each_merged_duplicate_is_listed_with_the_line_it_joined(workspace, tmp_path):
    from srm_inclusif.core.siret import make_siret

    good = make_siret(41234567, 12)
    path = tmp_path / "annuaire.csv"
    path.write_text("Raison sociale,SIRET,Code postal,Téléphone\n"
                    f"Atelier du Lac,{good},69002,\n"
                    "Jardins de Loire,,44000,\n"
                    f"Atelier du Lac (siège),{good},69002,04 78 00 00 00\n"
                    "Jardins de Loire,,44000,02 40 00 00 00\n", encoding="utf-8")

    summary = run(workspace, path)

    merged = sorted((i.line, i.field, i.value, i.reason, i.severity) for i in summary.issues)
    assert merged == [
        (4, "name", "Atelier du Lac (siège)", "Même structure que la ligne 2 : valeur non "
         "retenue, la fiche garde « Atelier du Lac ».", "flagged"),  # a name of its own
        (5, "name", "Jardins de Loire",
         "Même structure que la ligne 3 : valeurs réunies dans une seule fiche.", "merged"),
    ]
    assert summary.merged_duplicates == 2
    assert scalar(workspace, "SELECT phone FROM counterparty WHERE name = 'Atelier du Lac'") == (
        "+33478000000")  # the duplicate filled the empty field


@pytest.mark.parametrize("chunk_size", [1, 2000])
def test_lines_merge_alike_into_an_empty_or_a_filled_workspace(workspace, tmp_path, monkeypatch,
                                                               chunk_size):
    # into an empty table the import matches through the keys of its own rows, else through
    # the table's indexes: chunks of one line make every match cross a chunk
    from srm_inclusif.core.siret import make_siret
    from srm_inclusif.storage.services import importing

    monkeypatch.setattr(importing, "CHUNK_SIZE", chunk_size)
    good, other = make_siret(41234567, 12), make_siret(51234567, 12)
    path = tmp_path / "annuaire.csv"
    path.write_text("Raison sociale,SIRET,Code postal,Téléphone\n"
                    "Atelier du Lac,,69002,\n"
                    f"Atelier du Lac,{good},69002,\n"
                    f"Atelier du Lac (siège),{good},69002,04 78 00 00 00\n"
                    f"Atelier du Lac,{other},69002,\n"
                    "Jardins de Loire,123,44000,\n"
                    "Jardins de Loire,,44000,02 40 00 00 00\n", encoding="utf-8")
    unrelated = tmp_path / "autre.csv"
    unrelated.write_text("Raison sociale,Code postal\nRessourcerie Sud,13008\n", encoding="utf-8")

    def imported(folder: str):
        from srm_inclusif.storage.workspace import open_workspace

        target = open_workspace(tmp_path / folder / "espace.sqlite3")
        try:
            if folder == "filled":
                run(target, unrelated)
            summary = run(target, path)
            with target.engine.connect() as connection:
                stored = sorted(tuple(r) for r in connection.execute(text(
                    "SELECT name, coalesce(siret, ''), post_code, coalesce(phone, '') "
                    "FROM counterparty WHERE name != 'Ressourcerie Sud'")))
            return summary.counts(), stored
        finally:
            target.close()

    (tmp_path / "empty").mkdir()
    (tmp_path / "filled").mkdir()
    empty, filled = imported("empty"), imported("filled")

    assert empty == filled
    counts, stored = empty
    assert (counts["inserted"], counts["merged_duplicates"]) == (3, 3)
    assert stored == [("Atelier du Lac", good, "69002", "+33478000000"),
                      ("Atelier du Lac", other, "69002", ""),
                      ("Jardins de Loire", "123", "44000", "+33240000000")]

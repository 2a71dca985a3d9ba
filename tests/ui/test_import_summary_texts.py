"""The import summary: each file's format and reading, the remarks beside the flagged lines."""

from __future__ import annotations

import openpyxl

from srm_inclusif.exchange.importer import ImportSettings, import_files
from srm_inclusif.ui.import_wizard.summary_view import summary_lines

HEADER = "Raison sociale;Code postal;Type de structure"


def summary_text(workspace, *paths, **settings) -> str:
    summary = import_files(workspace.engine, list(paths), ImportSettings(dry_run=True, **settings))
    return "<br>".join(summary_lines(summary, simulated=True))


def test_the_flagged_lines_come_with_their_remarks(qapp, workspace, tmp_path):
    """Two lines, four remarks: the table below lists four rows."""
    path = tmp_path / "annuaire.csv"
    path.write_text(f"{HEADER}\nESAT A;ABCDE;Atelier\nESAT B;XYZ;Atelier\n", encoding="utf-8")

    text = summary_text(workspace, path)

    assert "signalées : <b>2</b> (remarques : <b>4</b>) — conflits" in text


def test_one_remark_a_line_is_said_once(qapp, workspace, tmp_path):
    path = tmp_path / "annuaire.csv"
    path.write_text(f"{HEADER}\nESAT A;ABCDE;ESAT\n", encoding="utf-8")

    assert "signalées : <b>1</b> — conflits" in summary_text(workspace, path)


def test_two_files_are_each_described(qapp, workspace, tmp_path):
    first, second = tmp_path / "liste.csv", tmp_path / "mes_partenaires.csv"
    first.write_text(f"{HEADER}\nESAT A;38100;ESAT\n", encoding="utf-8")
    second.write_text(f"{HEADER}\nAtelier Léo;69003;ESAT\n", encoding="cp1252")

    text = summary_text(workspace, first, second)

    assert ("Lignes lues : <b>2</b> — fichiers : <br>&nbsp;&nbsp;• liste.csv : Tableau libre, "
            "UTF-8<br>&nbsp;&nbsp;• mes_partenaires.csv : Tableau libre, Windows-1252.") in text


def test_a_workbook_is_named_without_encoding(qapp, workspace, tmp_path):
    path = tmp_path / "annuaire.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["Raison sociale", "Code postal"])
    book.active.append(["ESAT A", "38100"])
    book.save(path)

    text = summary_text(workspace, path)

    assert "Lignes lues : <b>1</b> — classeur Excel." in text
    assert "encodage" not in text


def test_one_text_file_gives_its_encoding(qapp, workspace, tmp_path):
    path = tmp_path / "annuaire.csv"
    path.write_text(f"{HEADER}\nAtelier Léo;69003;ESAT\n", encoding="cp1252")

    assert "Lignes lues : <b>1</b> — encodage : Windows-1252." in summary_text(workspace, path)


def test_a_spend_summary_counts_total_lines_apart_and_names_no_closed_lines(qapp, workspace,
                                                                            tmp_path):
    path = tmp_path / "achats.csv"
    path.write_text("Raison sociale du Fournisseur;SIRET;Dépense achat (€);Date\n"
                    "Papeterie Durand;;300,00;31/01/2025\nTotal;;300,00;\n", encoding="utf-8")

    text = summary_text(workspace, path, target="spend")

    assert "Rejetées : <b>0</b> — signalées : <b>1</b> — conflits avec vos modifications : " \
           "<b>0</b><br>" in text
    assert "Lignes de total ou de pagination ignorées : <b>1</b>" in text
    assert "fermées" not in text

"""Files that look like tables and are not (an office lock file, a web page named « .xls », a
Word document) are refused with a message saying what they are and what to import instead."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from srm_inclusif.cli import main
from srm_inclusif.exchange.sniff import ImportFormatError, sniff_file
from tests.exchange.import_support import run, snapshot
from tests.made_workspace import made_workspace

#: What Excel writes in its lock file: the user's name, padded with NUL bytes.
EXCEL_LOCK_BYTES = b"\x05Marie" + b"\x00" * 48 + b"\x05\x00M\x00a\x00r\x00i\x00e\x00" + b" " * 90


def refusal(workspace, path: Path, target: str = "suppliers") -> str:
    before = snapshot(workspace)
    with pytest.raises(ImportFormatError) as raised:
        run(workspace, path, target=target)
    assert snapshot(workspace) == before
    return str(raised.value)


def test_excel_lock_file_names_the_workbook_to_choose(workspace, tmp_path):
    (tmp_path / "achats_ok.xlsx").write_bytes(b"")
    lock = tmp_path / "~$achats_ok.xlsx"
    lock.write_bytes(EXCEL_LOCK_BYTES)

    assert refusal(workspace, lock, "spend") == (
        "« ~$achats_ok.xlsx » est le fichier temporaire qu'Excel crée pendant que "
        "« achats_ok.xlsx » est ouvert : choisissez « achats_ok.xlsx » (fermez-le dans Excel si "
        "besoin).")


def test_excel_lock_file_of_a_long_name_finds_its_workbook(workspace, tmp_path):
    (tmp_path / "fournisseurs_2026.xlsx").write_bytes(b"")
    lock = tmp_path / "~$urnisseurs_2026.xlsx"  # Excel's two first letters replaced
    lock.write_bytes(EXCEL_LOCK_BYTES)

    assert "choisissez « fournisseurs_2026.xlsx »" in refusal(workspace, lock)


def test_libreoffice_lock_file_names_the_workbook_to_choose(workspace, tmp_path):
    lock = tmp_path / ".~lock.annuaire.ods#"
    lock.write_text("Marie,poste-12,marie,24.11.2026 09:12,file:///home/marie/.config;\n")

    assert refusal(workspace, lock) == (
        "« .~lock.annuaire.ods# » est le fichier temporaire que LibreOffice crée pendant que "
        "« annuaire.ods » est ouvert : choisissez « annuaire.ods » (fermez-le dans LibreOffice si "
        "besoin).")


def test_a_web_page_named_xls_is_called_a_web_page(workspace, tmp_path):
    page = tmp_path / "export_erp.xls"
    page.write_text("<html><body><table><tr><th>Fournisseur</th><th>SIRET</th><th>Montant</th>"
                    "</tr><tr><td>ACME</td><td>44306184100047</td><td>12,00</td></tr></table>"
                    "</body></html>", encoding="utf-8")

    assert refusal(workspace, page, "spend") == (
        "« export_erp.xls » est une page web (HTML), pas un classeur Excel : ouvrez-le dans Excel "
        "et enregistrez-le en XLSX ou en CSV.")


def test_a_web_page_named_csv_is_no_table(workspace, tmp_path):
    page = tmp_path / "annuaire.csv"
    page.write_bytes(codecs.BOM_UTF8 + b"\r\n<!DOCTYPE html>\n<html lang='fr'><head>")

    assert refusal(workspace, page).startswith(
        "« annuaire.csv » est une page web (HTML), pas un tableau")


def test_a_word_document_is_no_importable_format(workspace, tmp_path):
    document = tmp_path / "notes.docx"
    document.write_bytes(b"PK\x03\x04" + b"\0" * 100)

    assert refusal(workspace, document) == (
        "Le fichier « notes.docx » n'est pas dans un format importable (CSV, XLSX, XLS, ODS, "
        "JSON ou ZIP attendu).")


def test_a_spend_import_lists_no_json_for_a_binary_file(tmp_path):
    binary = tmp_path / "achats.csv"
    binary.write_bytes(bytes(range(256)) * 4)

    with pytest.raises(ImportFormatError) as raised:
        sniff_file(binary, target="spend")

    assert str(raised.value).endswith("(CSV, XLSX, XLS, ODS ou ZIP attendu).")


def test_excel_unicode_text_says_utf16_as_the_others_are_said(capsys, tmp_path):
    text = "Raison sociale\tSIRET\tCode postal\r\nESAT du Lac\t44306184100047\t38000\r\n"
    source = tmp_path / "annuaire.txt"
    source.write_bytes(codecs.BOM_UTF16_LE + text.encode("utf-16-le"))

    code = main(["--db", str(made_workspace(tmp_path / "e.sqlite3")), "import", "suppliers",
                 str(source)])

    assert code == 0
    assert "encodage : UTF-16" in capsys.readouterr().out

"""A file that is no table at all (a folder, binary bytes, a PDF, a damaged workbook) is refused
with a message saying what it is, not that its columns went unrecognised."""

from __future__ import annotations

import zipfile

import pytest

from srm_inclusif.exchange.sniff import ImportFormatError
from tests.exchange.import_support import run, snapshot

#: Bytes of no text (control characters among others) and no NUL byte.
NOISE = bytes((i * 97 + 13) % 255 + 1 for i in range(3000))


def refusal(workspace, path) -> str:
    before = snapshot(workspace)
    with pytest.raises(ImportFormatError) as raised:
        run(workspace, path)
    assert snapshot(workspace) == before
    return str(raised.value)


def test_a_folder_is_called_a_folder(workspace, tmp_path):
    (tmp_path / "exports").mkdir()

    message = refusal(workspace, tmp_path / "exports")

    assert message == (
        "« exports » est un dossier, pas un fichier : choisissez un fichier à importer.")


def test_the_current_folder_is_named(workspace, tmp_path, monkeypatch):
    (tmp_path / "exports").mkdir()
    monkeypatch.chdir(tmp_path / "exports")

    message = refusal(workspace, tmp_path / "exports" / ".")

    assert message.startswith("« exports » est un dossier")


def test_random_bytes_named_xlsx_are_not_a_readable_workbook(workspace, tmp_path):
    path = tmp_path / "fournisseurs.xlsx"
    path.write_bytes(NOISE)

    message = refusal(workspace, path)

    assert message.startswith("« fournisseurs.xlsx » n'est pas un classeur lisible")


def test_a_damaged_archive_named_xlsx_is_not_a_readable_workbook(workspace, tmp_path):
    path = tmp_path / "fournisseurs.xlsx"
    path.write_bytes(b"PK\x03\x04" + NOISE)

    message = refusal(workspace, path)

    assert message == "Le classeur « fournisseurs.xlsx » est endommagé."


def test_a_damaged_workbook_gives_no_english_detail(workspace, tmp_path):
    path = tmp_path / "fournisseurs.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("xl/workbook.xml", "pas du XML")

    message = refusal(workspace, path)

    assert message == ("Le classeur « fournisseurs.xlsx » est illisible : fichier endommagé ou "
                       "d'un format non pris en charge.")


def test_binary_bytes_named_csv_are_no_table(workspace, tmp_path):
    path = tmp_path / "fournisseurs.csv"
    path.write_bytes(NOISE)

    message = refusal(workspace, path)

    assert message.startswith("« fournisseurs.csv » n'est pas un fichier texte, ni un classeur")


def test_a_pdf_is_called_a_pdf(workspace, tmp_path):
    path = tmp_path / "annuaire.csv"
    path.write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n")

    message = refusal(workspace, path)

    assert message.startswith("« annuaire.csv » est un document PDF, pas un tableau")


def test_a_latin1_table_named_xlsx_is_still_read(workspace, tmp_path):
    path = tmp_path / "fournisseurs.xlsx"
    path.write_bytes("Raison sociale;Code postal\nESAT Éole;38100\n".encode("cp1252"))

    summary = run(workspace, path)

    assert (summary.rows, summary.inserted) == (1, 1)

"""A ZIP archive that cannot be read (damaged, protected by a password, empty) is refused, on the
command line, with a message naming it and what to do: no traceback, exit code 1, no change."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

from srm_inclusif.cli import main
from tests.exchange.import_support import run
from tests.made_workspace import made_workspace

HEADER = "Raison sociale;SIRET;Montant\n"
LINES = "".join(f"Atelier {n};;{n}0,00\n" for n in range(1, 200))


def archive(path: Path, *members: tuple[str, str]) -> Path:
    """A ZIP of ``members`` (name, text), compressed as the tools of users do."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zipped:
        for name, text in members:
            zipped.writestr(name, text)
    return path


def protected(path: Path) -> Path:
    """The archive of one table, its member marked as encrypted (as « zip -P » makes it)."""
    data = bytearray(archive(path, ("achats_2026.csv", HEADER + LINES)).read_bytes())
    data[6] |= 0x1  # the local header's flags
    central = data.index(b"PK\x01\x02")
    data[central + 8] |= 0x1  # the central directory's flags, read when listing
    path.write_bytes(bytes(data))
    return path


def imported(capsys, tmp_path: Path, kind: str, path: Path, *options: str) -> tuple[int, str]:
    database = made_workspace(tmp_path / "e.sqlite3")
    code = main(["--db", str(database), "import", kind, str(path), *options])
    out, err = capsys.readouterr()
    return code, out + err


def test_a_protected_archive_names_the_table_to_extract(capsys, tmp_path):
    code, said = imported(capsys, tmp_path, "spend", protected(tmp_path / "protege.zip"))

    assert code == 1
    assert said.strip() == (
        "Erreur : L'archive « protege.zip » est protégée par un mot de passe : extrayez "
        "« achats_2026.csv » puis importez-le.")


def test_a_protected_archive_is_one_json_error(capsys, tmp_path):
    code, said = imported(capsys, tmp_path, "suppliers", protected(tmp_path / "protege.zip"),
                          "--json")

    assert code == 1
    assert "Traceback" not in said
    document = next(line for line in said.splitlines() if line.startswith("{"))
    assert json.loads(document)["error"].startswith(
        "L'archive « protege.zip » est protégée par un mot de passe")


def test_an_archive_damaged_inside_is_called_damaged(capsys, tmp_path):
    path = archive(tmp_path / "corrompu.zip", ("achats.csv", HEADER + LINES * 5))
    data = bytearray(path.read_bytes())
    for index in range(60, 200):  # the compressed data: the listing still reads
        data[index] ^= 0x5A
    path.write_bytes(bytes(data))

    code, said = imported(capsys, tmp_path, "spend", path)

    assert code == 1
    assert said.strip() == "Erreur : L'archive « corrompu.zip » est endommagée."


def test_a_cut_archive_is_called_damaged(capsys, tmp_path):
    path = archive(tmp_path / "coupe.zip", ("achats.csv", HEADER + LINES * 5))
    path.write_bytes(path.read_bytes()[:400])

    code, said = imported(capsys, tmp_path, "spend", path)

    assert code == 1
    assert said.strip() == "Erreur : L'archive « coupe.zip » est endommagée."


def test_an_archive_of_no_file_holds_no_table(capsys, tmp_path):
    path = tmp_path / "vide.zip"
    path.write_bytes(b"PK\x05\x06" + b"\0" * 18)  # what a ZIP tool writes for no file

    code, said = imported(capsys, tmp_path, "spend", path)

    assert code == 1
    assert said.strip() == "Erreur : L'archive « vide.zip » ne contient aucun tableau."


def test_excel_lock_file_in_an_archive_is_no_table_of_the_user(workspace, tmp_path):
    path = archive(tmp_path / "achats.zip", ("achats.csv", HEADER + "Atelier;;12,00\n"),
                   ("~$achats.xlsx", "\x00\x05Marie" + "\x00" * 150))

    summary = run(workspace, path, target="spend", format_key="spend")

    assert summary.inserted == 1
    assert not any("~$" in note for note in summary.notes)

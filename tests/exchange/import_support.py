"""Helpers of the import tests: writing a directory file, importing files into a test workspace,
counting the rows of the imported tables, reading or editing by hand one field of the structures
(what the user sees on each structure's card)."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

from sqlalchemy import Table, select, text, update

from srm_inclusif.core.siret import make_siret
from srm_inclusif.exchange.importer import ImportSettings, import_files
from srm_inclusif.storage.services.import_records import ImportSummary
from srm_inclusif.storage.tables import Counterparty
from srm_inclusif.storage.workspace import Workspace
from tests.support import IMPORT_FIXTURES

STRUCTURES: Table = Counterparty.__table__
#: Every table an import writes to.
IMPORTED_TABLES = ("counterparty", "import_batch", "import_issue", "contact", "counterparty_sector",
                   "spend_line")
#: The header of the spend files the tests write line by line: name, SIRET, amount, date.
SPEND_LINES_HEADER = "Raison sociale;SIRET;Montant;Date\n"
DIRECTORY_HEADER = ["Raison sociale", "SIRET", "Type de structure", "Code postal", "Téléphone",
                    "E-mail", "Activités", "Contact"]


def run(workspace: Workspace, *paths: Path, **settings: Any) -> ImportSummary:
    """Import ``paths`` with the default settings but ``settings`` (``dry_run=True``...)."""
    return import_files(workspace.engine, list(paths), ImportSettings(**settings))


def import_spend_lines(workspace: Workspace, tmp_path: Path, *lines: str,
                       header: str = SPEND_LINES_HEADER, **settings: Any) -> ImportSummary:
    """Import « achats.csv »: ``header`` (its line end included), then ``lines``, one a line."""
    path = tmp_path / "achats.csv"
    path.write_text(header + "".join(f"{line}\n" for line in lines), encoding="utf-8")
    return run(workspace, path, target="spend", format_key="spend", **settings)


def cards_with_lines(workspace: Workspace) -> list[tuple[str, str | None, int]]:
    """(name, SIRET, number of spend lines) of each counterparty, in the order it was made."""
    with workspace.engine.connect() as connection:
        return [(name, siret, count) for name, siret, count in connection.execute(text(
            "SELECT c.name, c.siret, count(s.id) FROM counterparty c "
            "LEFT JOIN spend_line s ON s.counterparty_id = c.id GROUP BY c.id ORDER BY c.id"))]


def run_samples(workspace: Workspace, *names: str, **settings: Any) -> ImportSummary:
    """Import the sample files ``names`` of ``tests/fixtures/imports``, as :func:`run` does."""
    return run(workspace, *(IMPORT_FIXTURES / name for name in names), **settings)


def stored(workspace: Workspace, field: str) -> dict[str, str | None]:
    """Structure name → its stored ``field`` (``nature``, ``social_website``...)."""
    with workspace.engine.connect() as connection:
        return dict(connection.execute(select(STRUCTURES.c.name, STRUCTURES.c[field])).all())


def snapshot(workspace: Workspace) -> tuple[int, ...]:
    """How many rows each of the imported tables holds."""
    with workspace.engine.connect() as connection:
        return tuple(connection.execute(text(f"SELECT count(*) FROM {table}")).scalar_one()
                     for table in IMPORTED_TABLES)


def hand_edit(workspace: Workspace, name: str, field: str, value: str) -> None:
    """Set the structure's ``field`` to ``value`` as the user does on its card: marked as edited."""
    with workspace.engine.begin() as connection:
        connection.execute(update(STRUCTURES).where(STRUCTURES.c.name == name)
                           .values({field: value, "edited_fields": [field]}))


def flawed_directory(path: Path, rows: int) -> Path:
    """A directory with duplicates, flagged cells and a rejected row among good ones."""
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(DIRECTORY_HEADER)
        for i in range(rows):
            writer.writerow([
                f"Structure {i % (rows - 5)}" if i != 7 else "",
                make_siret(10_000_000 + i % (rows - 5), 12) if i % 9 else "123",
                ["EI", "Entreprise adaptée (EA)", "inconnu"][i % 3], "75011",
                "01 23 45 67 89" if i % 4 else "abc", f"c{i}@s.fr" if i % 6 else "bad@",
                ["Espaces verts", "Métier rare"][i % 2], f"Camille {i}",
            ])
    return path


def table_file(path: Path, header: list[str], *rows: list[Any]) -> Path:
    """A directory or spend file: CSV with ``;`` (as French Excel saves it), or XLSX by suffix."""
    if path.suffix == ".xlsx":
        import openpyxl

        book = openpyxl.Workbook()
        for row in (header, *rows):
            book.active.append(row)
        book.save(path)
        return path
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle, delimiter=";").writerows([header, *rows])
    return path

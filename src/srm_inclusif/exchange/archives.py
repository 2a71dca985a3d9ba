"""Open a ZIP archive of tables: extract its tables, name the members that are no table.

SIRENE stock files are shipped zipped; regional directories come with a notice.
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path, PurePosixPath
from typing import IO, Any

from srm_inclusif.core.i18n import QT_TRANSLATE_NOOP, quoted, translate
from srm_inclusif.exchange.sniff import SAMPLE_BYTES, ZIP_MAGIC, holds_table, zip_kind

#: The tables a ZIP may hold (nested archives are not opened); a ``.txt`` is one when its
#: content is a table (a pipe file like the ESAT / EA directory), not a notice.
_TABLE_SUFFIXES = (".csv", ".txt", ".xlsx", ".xls", ".ods", ".json")
_TEXT_SUFFIX = ".txt"
#: What macOS adds to the archives it makes: no member of the user's.
_SYSTEM_FOLDER = "__MACOSX"
#: How a table of an archive is named in the report (summary, remarks, rejects, history), as a
#: sheet is after its workbook (``sheet_plans.SHEET_FILE_NAME``): no such file beside the archive.
MEMBER_FILE_NAME = "{archive} — {member}"
LEFT_ASIDE = QT_TRANSLATE_NOOP(
    "ImportPlan", "Archive « {name} » : fichiers laissés de côté, ce ne sont pas des tableaux : "
    "{members}.")


def zip_members(path: Path, folder: Path) -> list[Path]:
    """Extract the tables of a ZIP into ``folder``; members that are no table are left aside.

    Each is named after the archive and itself (« sirene.zip — StockEtablissement.csv »): the
    report names it so, as the user knows it. A table whose name another table has is named after
    its folder too (« regions.zip — Auvergne - annuaire.csv »), for the report to tell them apart.
    """
    import zipfile

    extracted = []
    with zipfile.ZipFile(path) as archive:
        tables = [m for m in _user_members(archive) if _is_table(archive, m)]
        for member, name in zip(tables, _table_names(tables, path.stem), strict=True):
            target = _free_path(folder, MEMBER_FILE_NAME.format(archive=path.name, member=name))
            with archive.open(member) as source, target.open("wb") as sink:
                while chunk := source.read(1 << 20):
                    sink.write(chunk)
            extracted.append(target)
    return extracted


def archive_left_aside(path: Path) -> list[str]:
    """The members of a ZIP that are no table (a notice, a PDF), as the archive names them.

    Folders, hidden files and what macOS adds are no member of the user's: not named.
    """
    import zipfile

    with zipfile.ZipFile(path) as archive:
        return ["/".join(_member_parts(m.filename)) for m in _user_members(archive)
                if not _is_table(archive, m)]


def left_aside_notes(paths: Iterable[Path]) -> list[str]:
    """A sentence per ZIP archive of ``paths`` naming its members left aside, in the UI language."""
    notes = []
    for path in paths:
        if _is_archive(path) and (members := archive_left_aside(path)):
            notes.append(translate("ImportPlan", LEFT_ASIDE).format(
                name=path.name, members=", ".join(map(quoted, members))))
    return notes


def _is_archive(path: Path) -> bool:
    """A ZIP archive of files (a workbook is one too, of its own parts)."""
    with path.open("rb") as handle:
        return handle.read(len(ZIP_MAGIC)) == ZIP_MAGIC and zip_kind(path) == "zip"


def _user_members(archive: Any) -> Iterator[Any]:
    """The files of an archive the user put there: no folder, hidden file or macOS addition."""
    for member in archive.infolist():
        parts = _member_parts(member.filename)
        if (not member.is_dir() and parts and not parts[-1].startswith(".")
                and _SYSTEM_FOLDER not in parts):
            yield member


def _member_parts(filename: str) -> list[str]:
    """The folders and name of an archive member (backslashes of Windows tools read as ``/``)."""
    parts = PurePosixPath(filename.replace("\\", "/")).parts
    return [part for part in parts if part not in ("/", ".", "..")]


def _is_table(archive: Any, member: Any) -> bool:
    """A member with a table's suffix; a ``.txt`` only when its first lines make a table."""
    name = _member_parts(member.filename)[-1].lower()
    if not name.endswith(_TABLE_SUFFIXES):
        return False
    if not name.endswith(_TEXT_SUFFIX):
        return True
    source: IO[bytes]
    with archive.open(member) as source:
        return holds_table(source.read(SAMPLE_BYTES))


def _table_names(members: list[Any], archive: str) -> list[str]:
    """A file name per table: its own, or its path when two tables share their name."""
    paths = [_member_parts(m.filename) for m in members]
    counts = Counter(parts[-1].casefold() for parts in paths)
    return [parts[-1] if counts[parts[-1].casefold()] == 1
            else " - ".join(parts if len(parts) > 1 else [archive, *parts]) for parts in paths]


def _free_path(folder: Path, name: str) -> Path:
    """``folder / name``, or a name no earlier table took.

    An archive of the same name, from another folder, may have taken it.
    """
    stem, suffix = Path(name).stem, Path(name).suffix
    candidates = itertools.chain([name], (
        f"{stem} ({number}){suffix}" for number in itertools.count(2)))
    return next(folder / c for c in candidates if not (folder / c).exists())

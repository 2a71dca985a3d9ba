"""Open a ZIP archive of tables: extract its tables, name the members that are no table.

SIRENE stock files are shipped zipped; regional directories come with a notice.
"""

from __future__ import annotations

import hashlib
import itertools
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path, PurePosixPath
from typing import IO, Any

from srm_inclusif.core.i18n import QT_TRANSLATE_NOOP, quoted, translate
from srm_inclusif.exchange.sniff import (
    DAMAGED_ARCHIVE,
    SAMPLE_BYTES,
    ZIP_MAGIC,
    ImportFormatError,
    holds_table,
    zip_kind,
)

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
PROTECTED = QT_TRANSLATE_NOOP(
    "Errors", "L'archive « {name} » est protégée par un mot de passe : extrayez {members} puis "
    "importez-le.")
PROTECTED_TABLES = QT_TRANSLATE_NOOP(
    "Errors", "L'archive « {name} » est protégée par un mot de passe : extrayez {members} puis "
    "importez-les.")
UNSUPPORTED_COMPRESSION = QT_TRANSLATE_NOOP(
    "Errors", "L'archive « {name} » est compressée d'une manière que l'application ne lit pas : "
    "extrayez ses fichiers puis importez-les.")
#: The refusals that name the archive itself (« Retirez-la de la liste »).
ARCHIVE_REFUSALS = frozenset({DAMAGED_ARCHIVE, PROTECTED, PROTECTED_TABLES,
                              UNSUPPORTED_COMPRESSION})
#: The flag of a member encrypted with a password (ZIP specification, general purpose bit 0).
_ENCRYPTED = 0x1


def zip_members(path: Path, folder: Path) -> list[Path]:
    """Extract the tables of a ZIP into ``folder``; members that are no table are left aside.

    Each is named after the archive and itself (« sirene.zip — StockEtablissement.csv »): the
    report names it so, as the user knows it. A table whose name another table has is named after
    its folder too (« regions.zip — Auvergne - annuaire.csv »), for the report to tell them apart.
    """
    extracted = []
    # a folder of the archive's own: planned again (another profile tried), it is extracted
    # over its tables of before, not beside them under another name
    own = folder / hashlib.sha1(str(path.resolve()).encode("utf-8")).hexdigest()[:12]
    own.mkdir(exist_ok=True)
    with _opened(path) as archive:
        tables = _tables(archive, path)
        for member, name in zip(tables, _table_names(tables, path.stem), strict=True):
            target = own / _free_name(folder, own, MEMBER_FILE_NAME.format(
                archive=path.name, member=name))
            with archive.open(member) as source, target.open("wb") as sink:
                while chunk := source.read(1 << 20):
                    sink.write(chunk)
            extracted.append(target)
    return extracted


def archive_left_aside(path: Path) -> list[str]:
    """The members of a ZIP that are no table (a notice, a PDF), as the archive names them.

    Folders, hidden files and what macOS adds are no member of the user's: not named.
    """
    with _opened(path) as archive:
        return ["/".join(_member_parts(m.filename)) for m in _user_members(archive)
                if not _is_table(archive, m)]


def left_aside_notes(paths: Iterable[Path]) -> list[str]:
    """A sentence per ZIP archive of ``paths`` naming its members left aside, in the UI language."""
    notes = []
    for path in paths:
        if is_archive(path) and (members := archive_left_aside(path)):
            notes.append(translate("ImportPlan", LEFT_ASIDE).format(
                name=path.name, members=", ".join(map(quoted, members))))
    return notes


def refuse_unreadable(path: Path) -> None:
    """Refuse an archive whose tables are password-protected or whose first bytes are damaged.

    Only the start of each table is read (a SIRENE stock is big): damage further on is found as
    the import extracts it, with the same message.
    """
    with _opened(path) as archive:
        for member in _tables(archive, path):
            with archive.open(member) as source:
                source.read(SAMPLE_BYTES)


@contextmanager
def _opened(path: Path) -> Iterator[Any]:
    """The archive, open; damage found while it is read is refused with the user's message."""
    import zipfile
    import zlib

    try:
        with zipfile.ZipFile(path) as archive:
            yield archive
    except (zipfile.BadZipFile, zlib.error, EOFError) as error:
        raise ImportFormatError.of(DAMAGED_ARCHIVE, name=path.name, path=str(path)) from error
    except NotImplementedError as error:  # a compression zipfile lacks (Deflate64, PPMd...)
        raise ImportFormatError.of(UNSUPPORTED_COMPRESSION, name=path.name,
                                   path=str(path)) from error


def _tables(archive: Any, path: Path) -> list[Any]:
    """The tables of an archive; refused when some are protected by a password."""
    tables = [m for m in _user_members(archive) if _is_table(archive, m)]
    if locked := [m for m in tables if m.flag_bits & _ENCRYPTED]:
        names = ", ".join(quoted(_member_parts(m.filename)[-1]) for m in locked)
        raise ImportFormatError.of(PROTECTED if len(locked) == 1 else PROTECTED_TABLES,
                                   name=path.name, members=names, path=str(path))
    return tables


def is_archive(path: Path) -> bool:
    """A ZIP archive of files (a workbook is one too, of its own parts; a damaged one raises)."""
    with path.open("rb") as handle:
        return handle.read(len(ZIP_MAGIC)) == ZIP_MAGIC and zip_kind(path) == "zip"


def _user_members(archive: Any) -> Iterator[Any]:
    """The files of an archive the user put there.

    No folder, hidden file, macOS addition or Excel lock file (``~$achats.xlsx``).
    """
    for member in archive.infolist():
        parts = _member_parts(member.filename)
        if (not member.is_dir() and parts and not parts[-1].startswith((".", "~$"))
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
    if not name.endswith(_TEXT_SUFFIX) or member.flag_bits & _ENCRYPTED:
        return True  # a protected ``.txt`` cannot be looked into: the refusal names it
    source: IO[bytes]
    with archive.open(member) as source:
        return holds_table(source.read(SAMPLE_BYTES))


def _table_names(members: list[Any], archive: str) -> list[str]:
    """A file name per table: its own, or its path when two tables share their name."""
    paths = [_member_parts(m.filename) for m in members]
    counts = Counter(parts[-1].casefold() for parts in paths)
    return [parts[-1] if counts[parts[-1].casefold()] == 1
            else " - ".join(parts if len(parts) > 1 else [archive, *parts]) for parts in paths]


def _free_name(folder: Path, own: Path, name: str) -> str:
    """``name``, or a name no other archive's table took in ``folder`` (« liste (2).csv »).

    An archive of the same name, from another folder, may have taken it.
    """
    stem, suffix = Path(name).stem, Path(name).suffix
    others = [other for other in folder.iterdir() if other.is_dir() and other != own]
    candidates = itertools.chain([name], (
        f"{stem} ({number}){suffix}" for number in itertools.count(2)))
    return next(c for c in candidates if not any((other / c).exists() for other in others))

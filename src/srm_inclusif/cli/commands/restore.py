"""``srm-inclusif [--db PATH] restore [N | --file COPY | --delete N]``: the backup copies.

List them, put one back (a listed copy or a workspace file saved elsewhere), or delete one.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from srm_inclusif.cli.common import counted, fail, missing_workspace, refusal_text
from srm_inclusif.core.errors import SrmError, StorageError
from srm_inclusif.core.numbers import grouped
from srm_inclusif.storage.locations import resolve_workspace_path

if TYPE_CHECKING:
    from srm_inclusif.storage.backup import BackupCopy

#: The reasons a chosen file is refused for being no workspace at all (not a damaged one).
_NOT_A_WORKSPACE = ("not_workspace", "other_database")


def register(subparsers: Any) -> None:
    """Add the ``restore`` command."""
    parser = subparsers.add_parser(
        "restore", help="lister les sauvegardes d'un espace de travail, en restaurer ou en "
                        "supprimer une",
        description="Sans argument : liste les copies de l'espace de travail (prises avant "
                    "chaque import, mise à jour ou restauration, et les sauvegardes manuelles), "
                    "la plus récente en premier. Avec un numéro ou --file : remet cette copie "
                    "à la place de l'espace de travail, après avoir copié l'état actuel dans "
                    "les sauvegardes ; marche aussi sur un espace endommagé, qui est alors mis "
                    "de côté. Avec --delete N, efface cette copie de la liste, sans retour "
                    "possible.",
    )
    choice = parser.add_mutually_exclusive_group()
    choice.add_argument("number", nargs="?", type=int, metavar="N",
                        help="numéro de la copie à restaurer (voir la liste)")
    choice.add_argument("--file", type=Path, metavar="COPIE.sqlite3",
                        help="restaurer un espace de travail enregistré ailleurs (une copie "
                             "faite par « Enregistrer une copie… » ou une sauvegarde)")
    choice.add_argument("--delete", type=int, metavar="N",
                        help="supprimer la copie numéro N de la liste (définitif)")
    parser.set_defaults(handler=handle)


def handle(args: argparse.Namespace) -> int:
    """List the copies, restore copy ``N`` or a file, or delete copy ``N``."""
    from srm_inclusif.storage.backup import list_backups

    path = resolve_workspace_path(args.db)
    if args.file is not None:
        return _restore_file(path, args.file)
    copies = list_backups(path)
    if not copies and not path.exists():  # a mistyped --db; a deleted workspace keeps its copies
        return fail(missing_workspace(path) or "")
    if args.number is None and args.delete is None:
        return _list(path, copies)
    number = args.delete if args.delete is not None else args.number
    if not 1 <= number <= len(copies):
        available = counted(len(copies), "disponible", "disponibles")
        return fail(f"pas de sauvegarde numéro {number} ({available}).")
    copy = copies[number - 1]
    return _delete(path, copy) if args.delete is not None else _restore_copy(path, copy)


def _list(path: Path, copies: list[BackupCopy]) -> int:
    from srm_inclusif.storage.backup import reason_label

    if not copies:
        print(f"Aucune sauvegarde pour « {path} ».")
        return 0
    print(f"Sauvegardes de « {path} » :")
    for number, copy in enumerate(copies, start=1):
        label = reason_label(copy.reason)
        damaged = "  endommagée : ne peut pas être restaurée" if copy.damaged else ""
        print(f"  {number:>2}. {copy.taken_at:%d/%m/%Y %H:%M:%S}  {label:<40}"
              f"  {grouped(copy.size / 1_048_576, 1)} Mo{damaged}")
    return 0


def _restore_copy(path: Path, copy: BackupCopy) -> int:
    from srm_inclusif.storage.workspace import restore_workspace

    try:
        aside = restore_workspace(path, copy.path)
    except (SrmError, OSError) as error:
        return fail(refusal_text(error))
    print(f"Espace de travail remis dans son état du {copy.taken_at:%d/%m/%Y %H:%M:%S}.")
    print(f"L'état remplacé est gardé dans « {aside} ».")
    return 0


def _restore_file(path: Path, chosen: Path) -> int:
    """Put back a workspace file saved elsewhere, with the checks of the UI's file choice."""
    from srm_inclusif.storage.workspace import restore_workspace

    chosen = chosen.expanduser()
    if chosen.is_dir():
        return fail(f"« {chosen} » est un dossier : donnez le chemin d'un fichier de sauvegarde "
                    "(.sqlite3). L'espace de travail n'a pas été modifié.")
    if not chosen.is_file():
        return fail(f"« {chosen} » n'existe pas. L'espace de travail n'a pas été modifié.")
    if not path.exists():
        return fail(f"« {path} » n'existe pas : il n'y a pas d'espace de travail à remplacer. "
                    "Pour travailler directement sur la copie, ouvrez-la avec --db.")
    try:
        aside = restore_workspace(path, chosen)
    except (SrmError, OSError) as error:
        return fail(_untouched(error, f"{refusal_text(error)}{_what_to_choose(error)}"))
    print(f"Espace de travail remplacé par le contenu de « {chosen.name} ».")
    print(f"L'état remplacé est gardé dans « {aside} ».")
    return 0


def _what_to_choose(error: BaseException) -> str:
    """For a file that is no workspace, which files can be put back; else nothing."""
    if isinstance(error, SrmError) and error.params.get("reason") in _NOT_A_WORKSPACE:
        return (" Choisissez une copie faite par « Enregistrer une copie… » ou une sauvegarde "
                "(fichier .sqlite3).")
    return ""


def _untouched(error: SrmError | OSError, text: str) -> str:
    """``text`` saying the workspace is as it was, unless ``error`` already says so.

    A ``StorageError`` always does (« Rien n'a été modifié »); another refusal does when it
    carries ``untouched`` (a copy not written, a file in use, a damaged copy).
    """
    text = text.rstrip()
    if isinstance(error, StorageError) or (isinstance(error, SrmError)
                                           and error.params.get("untouched")):
        return text
    return f"{text if text.endswith('.') else text + '.'} L'espace de travail n'a pas été modifié."


def _delete(path: Path, copy: BackupCopy) -> int:
    from srm_inclusif.storage.backup import delete_backup, reason_label

    try:
        delete_backup(path, copy.path)
    except SrmError as error:
        return fail(str(error))
    print(f"Sauvegarde du {copy.taken_at:%d/%m/%Y %H:%M:%S} supprimée "
          f"({reason_label(copy.reason)}).")
    print(f"Fichier effacé : {copy.path}")
    if copy.reason == "avant-import":
        print("C'était la copie prise juste avant un import : on ne peut plus revenir à l'état "
              "d'avant cet import.")
    return 0

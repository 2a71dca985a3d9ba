"""``srm-inclusif [--db PATH] restore [N]``: list the backup copies of a workspace, put one back."""

from __future__ import annotations

import argparse
from typing import Any

from srm_inclusif.cli.common import fail
from srm_inclusif.core.errors import SrmError
from srm_inclusif.core.i18n import counted
from srm_inclusif.core.numbers import grouped
from srm_inclusif.storage.locations import resolve_workspace_path


def register(subparsers: Any) -> None:
    """Add the ``restore`` command."""
    parser = subparsers.add_parser(
        "restore", help="lister les sauvegardes d'un espace de travail ou en restaurer une",
        description="Sans numéro : liste les copies de l'espace de travail (prises avant chaque "
                    "import, mise à jour ou restauration), la plus récente en premier. Avec un "
                    "numéro : remet cette copie à la place de l'espace de travail, après avoir "
                    "copié l'état actuel dans les sauvegardes. Marche aussi sur un espace "
                    "endommagé, qui est alors mis de côté.",
    )
    parser.add_argument("number", nargs="?", type=int, metavar="N",
                        help="numéro de la copie à restaurer (voir la liste)")
    parser.set_defaults(handler=handle)


def handle(args: argparse.Namespace) -> int:
    """List the copies, or restore copy ``N`` of the list."""
    from srm_inclusif.storage.backup import list_backups, reason_label
    from srm_inclusif.storage.workspace import restore_workspace

    path = resolve_workspace_path(args.db)
    copies = list_backups(path)
    if args.number is None:
        if not copies:
            print(f"Aucune sauvegarde pour « {path} ».")
            return 0
        print(f"Sauvegardes de « {path} » :")
        for number, copy in enumerate(copies, start=1):
            label = reason_label(copy.reason)
            print(f"  {number:>2}. {copy.taken_at:%d/%m/%Y %H:%M:%S}  {label:<40}"
                  f"  {grouped(copy.size / 1_048_576, 1)} Mo")
        return 0
    if not 1 <= args.number <= len(copies):
        available = counted(len(copies), "disponible", "disponibles")
        return fail(f"pas de sauvegarde numéro {args.number} ({available}).")
    copy = copies[args.number - 1]
    try:
        aside = restore_workspace(path, copy.path)
    except (SrmError, OSError) as error:
        return fail(str(error))
    print(f"Espace de travail remis dans son état du {copy.taken_at:%d/%m/%Y %H:%M:%S}.")
    print(f"L'état remplacé est gardé dans « {aside} ».")
    return 0


"""``srm-inclusif [--db PATH] backup``: take a manual copy of a workspace, as the UI's button."""

from __future__ import annotations

import argparse
from typing import Any

from srm_inclusif.cli.common import fail, missing_workspace, refusal_text
from srm_inclusif.core.errors import SrmError
from srm_inclusif.storage.locations import resolve_workspace_path


def register(subparsers: Any) -> None:
    """Add the ``backup`` command."""
    parser = subparsers.add_parser(
        "backup", help="prendre une sauvegarde manuelle de l'espace de travail",
        description="Copie tout l'espace de travail dans ses sauvegardes, comme « Sauvegarder "
                    "maintenant » : une sauvegarde manuelle, gardée jusqu'à ce que vous la "
                    "supprimiez (restore --delete N). Affiche le chemin de la copie.",
    )
    parser.set_defaults(handler=handle)


def handle(args: argparse.Namespace) -> int:
    """Check the file is a sound workspace, copy it, print where the copy is."""
    from srm_inclusif.storage.backup import backup_now
    from srm_inclusif.storage.file_probe import probe

    path = resolve_workspace_path(args.db)
    if not path.exists():
        return fail(f"{missing_workspace(path)} Aucune sauvegarde n'a été prise.")
    try:
        if probe(path).revision is None:
            return fail(f"« {path.name} » est vide : ce n'est pas un espace de travail.")
        copy = backup_now(path)
    except (SrmError, OSError) as error:
        return fail(refusal_text(error))
    print(f"Sauvegarde manuelle prise : {copy}")
    return 0

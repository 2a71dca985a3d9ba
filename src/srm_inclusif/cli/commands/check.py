"""``srm-inclusif [--db PATH] check``: integrity check and schema version of a workspace."""

from __future__ import annotations

import argparse
from typing import Any

from srm_inclusif.cli.common import fail, missing_workspace, tell_unfinished_import
from srm_inclusif.core.errors import SrmError
from srm_inclusif.storage.locations import resolve_workspace_path


def register(subparsers: Any) -> None:
    """Add the ``check`` command."""
    parser = subparsers.add_parser(
        "check", help="vérifier l'intégrité d'un espace de travail",
        description="Vérifie l'intégrité du fichier et affiche la version de son schéma. "
                    "Code de sortie 0 si l'espace est sain, 1 sinon.",
    )
    parser.set_defaults(handler=handle)


def handle(args: argparse.Namespace) -> int:
    """Probe without writing, then run the full integrity and foreign-key checks."""
    from srm_inclusif.storage.file_probe import probe
    from srm_inclusif.storage.services.summary import workspace_summary
    from srm_inclusif.storage.workspace import integrity_report, open_workspace

    path = resolve_workspace_path(args.db)
    if not path.exists():
        return fail(missing_workspace(path) or "")
    try:
        probe(path)
        workspace = open_workspace(path)
    except SrmError as error:
        return fail(str(error))
    tell_unfinished_import(workspace)
    try:
        problems = integrity_report(workspace)
        revision = workspace.schema_revision
        summary = workspace_summary(workspace.engine)
    finally:
        workspace.close()
    if problems:
        return fail("espace de travail endommagé :\n  " + "\n  ".join(problems[:20]))
    print(f"Espace de travail sain : {path}")
    print(f"Version du schéma : {revision}")
    print(f"{summary.counterparties} structures, {summary.relationships} relations, "
          f"{summary.contracts} contrats, {summary.spend_lines} lignes de dépense.")
    return 0

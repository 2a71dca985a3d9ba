"""``srm-inclusif [--db PATH] demo``: fill an empty workspace with the fictitious demo data."""

from __future__ import annotations

import argparse
from typing import Any

from srm_inclusif.cli.common import fail, open_cli_workspace
from srm_inclusif.core.errors import SrmError


def register(subparsers: Any) -> None:
    """Add the ``demo`` command."""
    parser = subparsers.add_parser(
        "demo", help="créer l'espace de démonstration (fictif) dans un espace vide",
        description="Crée un espace de démonstration réaliste et fictif : 360 structures, "
                    "3 acheteurs et leurs objectifs, relations, contrats, dépenses sur deux ans.",
    )
    parser.set_defaults(handler=handle)


def handle(args: argparse.Namespace) -> int:
    """Build the demo in the chosen workspace."""
    from srm_inclusif.storage.demo import build_demo
    from srm_inclusif.storage.services.summary import workspace_summary

    workspace = open_cli_workspace(args, create=True)
    try:
        build_demo(workspace.engine)
        summary = workspace_summary(workspace.engine)
    except SrmError as error:
        return fail(str(error))
    finally:
        workspace.close()
    print(f"Espace de démonstration créé : {workspace.path}")
    print(f"{summary.counterparties} structures, {summary.relationships} relations, "
          f"{summary.contracts} contrats, {summary.spend_lines} lignes de dépense.")
    return 0

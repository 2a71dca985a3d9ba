"""Command-line entry: ``srm-inclusif [--db PATH] [COMMAND ...]``; no command opens the GUI.

Commands are discovered in ``srm_inclusif.cli.commands``: each module has ``register(subparsers)``
that sets ``handler`` on its parser(s).
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
from collections.abc import Sequence

from srm_inclusif import __version__
from srm_inclusif.cli import commands


class _FrenchParser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        print(f"{self.prog} : erreur : {message}", file=sys.stderr)
        raise SystemExit(2)


def build_parser() -> argparse.ArgumentParser:
    """The full parser: global options, then one subcommand per discovered module."""
    parser = _FrenchParser(
        prog="srm-inclusif",
        description="SRM Inclusif : achats inclusifs, du sourcing au renouvellement.",
    )
    parser.add_argument("--version", action="version", version=f"srm-inclusif {__version__}")
    parser.add_argument(
        "--db", metavar="CHEMIN",
        help="espace de travail à utiliser (sinon $SRM_INCLUSIF_DB, sinon le fichier par défaut)",
    )
    subparsers = parser.add_subparsers(title="commandes", metavar="COMMANDE",
                                       parser_class=_FrenchParser)
    for module_info in sorted(pkgutil.iter_modules(commands.__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{commands.__name__}.{module_info.name}")
        module.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; with no command, open the GUI."""
    args = build_parser().parse_args(argv)
    handler = getattr(args, "handler", None)
    if handler is None:
        from srm_inclusif.ui.app import run_gui

        return run_gui(args.db)
    return int(handler(args))

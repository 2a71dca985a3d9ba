"""Command-line entry: ``srm-inclusif [--db PATH] [COMMAND ...]``; no command opens the GUI.

Commands are discovered in ``srm_inclusif.cli.commands``: each module has ``register(subparsers)``
that sets ``handler`` on its parser(s).
"""

from __future__ import annotations

import argparse
import importlib
import os
import pkgutil
import re
import sys
from collections.abc import Callable, Sequence
from typing import Any, NoReturn

from srm_inclusif import __version__
from srm_inclusif.cli import commands


class _FrenchFormatter(argparse.HelpFormatter):
    def add_usage(self, usage: str | None, actions: Any, groups: Any,
                  prefix: str | None = None) -> None:
        super().add_usage(usage, actions, groups, "utilisation : " if prefix is None else prefix)


#: argparse's own error messages (English whatever the locale) and their French.
_ERRORS = [(re.compile(english), french) for english, french in (
    (r"the following arguments are required: (.*)", r"arguments obligatoires manquants : \1"),
    (r"unrecognized arguments: (.*)", r"arguments non reconnus : \1"),
    (r"one of the arguments (.*) is required", r"l'un des arguments \1 est obligatoire"),
    (r"argument (.*?): invalid choice: (.*) \(choose from (.*)\)",
     r"argument \1 : choix invalide : \2 (choisir parmi \3)"),
    (r"argument (.*?): expected one argument", r"argument \1 : une valeur est attendue"),
    (r"argument (.*?): expected at least one argument",
     r"argument \1 : au moins une valeur est attendue"),
    (r"argument (.*?): invalid \S+ value: (.*)", r"argument \1 : valeur invalide : \2"),
    (r"argument (.*?): not allowed with argument (.*)",
     r"argument \1 : incompatible avec l'argument \2"),
    (r"ambiguous option: (.*) could match (.*)", r"option ambiguë : \1 peut désigner \2"),
    # the option's own message, already French (an argparse.ArgumentTypeError of ours)
    (r"argument (.*?): (.*)", r"argument \1 : \2"),
)]


def french_error(message: str) -> str:
    """An argparse error message in French (unknown ones are left as they are)."""
    for english, french in _ERRORS:
        if english.fullmatch(message):
            return english.sub(french, message)
    return message


class _FrenchParser(argparse.ArgumentParser):
    """An argument parser whose own texts are in French."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _FrenchFormatter)
        kwargs["add_help"] = False
        super().__init__(*args, **kwargs)
        self._positionals.title = "arguments"
        self._optionals.title = "options"
        self.add_argument("-h", "--help", action="help", help="afficher cette aide et quitter")

    def error(self, message: str) -> NoReturn:
        """Print the usage and a French error, exit with code 2."""
        self.print_usage(sys.stderr)
        print(f"{self.prog} : erreur : {french_error(message)}", file=sys.stderr)
        raise SystemExit(2)


def build_parser() -> argparse.ArgumentParser:
    """The full parser: global options, then one subcommand per discovered module."""
    parser = _FrenchParser(
        prog="srm-inclusif",
        description="SRM Inclusif : achats inclusifs, du sourcing au renouvellement.",
    )
    parser.add_argument("--version", action="version", version=f"srm-inclusif {__version__}",
                        help="afficher la version et quitter")
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
    arguments = list(sys.argv[1:] if argv is None else argv)
    gui_db = _gui_only(arguments)
    if gui_db is not None:
        from srm_inclusif.ui.app import run_gui

        return run_gui(gui_db or None)
    try:
        return _run_command(arguments)
    except BrokenPipeError:
        return _output_closed()


#: The exit code of a command whose reader went away (``| head``), as if killed by SIGPIPE.
OUTPUT_CLOSED = 141


def _run_command(arguments: list[str]) -> int:
    args = build_parser().parse_args(arguments)
    handler = getattr(args, "handler", None)
    if handler is None:
        from srm_inclusif.ui.app import run_gui

        return run_gui(args.db)
    code = _handled(handler, args)
    sys.stdout.flush()  # a closed pipe shows here, not at exit where it could not be caught
    return code


def _handled(handler: Callable[[argparse.Namespace], int], args: argparse.Namespace) -> int:
    """The command's exit code; a refusal it did not word itself ends in French, code 1.

    A read-only workspace, a folder that cannot be written, a workspace locked by another
    program: commands catch what they expect, and this is the one place for the rest, so that
    none ends with a traceback.
    """
    from srm_inclusif.cli.common import fail, refusal_text
    from srm_inclusif.core.errors import SrmError

    try:
        return int(handler(args))
    except BrokenPipeError:
        raise  # the reader went away: see _output_closed
    except (SrmError, OSError) as error:
        return fail(refusal_text(error), as_json=getattr(args, "json", False))


def _output_closed() -> int:
    """End quietly when the output's reader stopped reading (``srm-inclusif … | head``).

    What is left in the output buffer goes nowhere, so that Python's own flush at exit does not
    fail again and print a traceback.
    """
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)
    return OUTPUT_CLOSED


def _gui_only(arguments: list[str]) -> str | None:
    """The ``--db`` value ("" when absent) if the arguments only open the GUI, else None.

    Opening the GUI does not build the command parsers, whose modules may import heavy
    libraries: startup stays light.
    """
    if not arguments:
        return ""
    if len(arguments) == 2 and arguments[0] == "--db":
        return arguments[1]
    if len(arguments) == 1 and arguments[0].startswith("--db="):
        return arguments[0].removeprefix("--db=")
    return None

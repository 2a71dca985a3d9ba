"""Helpers shared by the CLI commands: resolve and open the workspace, print errors."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from srm_inclusif.core import i18n
from srm_inclusif.core.errors import SrmError, ValidationError
from srm_inclusif.core.numbers import grouped, read_day
from srm_inclusif.core.vocabulary import use_profile_words
from srm_inclusif.storage.locations import resolve_workspace_path

if TYPE_CHECKING:
    from srm_inclusif.storage.workspace import Workspace


#: How a date option is written in the help (both forms are read).
DAY_FORMS = "JJ/MM/AAAA"


def day_argument(text: str) -> date:
    """A date option: ``31/12/2025`` as the UI reads it, or ISO ``2025-12-31``."""
    try:
        day = read_day(text)
    except ValidationError:
        day = None
    if day is None:
        raise argparse.ArgumentTypeError(
            f"date illisible « {text} » (attendu : JJ/MM/AAAA, ex. 31/12/2025, ou AAAA-MM-JJ)")
    return day


def counted(count: int, singular: str, plural: str) -> str:
    """``core.i18n.counted`` with the count grouped as the UI shows it: « 50 000 lignes lues »."""
    return i18n.counted(count, singular, plural, grouped=True)


def figure(value: Decimal) -> str:
    """A decimal number in French with the decimals it was given: ``5,5``, ``2,20``, ``1 500``."""
    exponent = value.as_tuple().exponent
    return grouped(value, max(0, -exponent) if isinstance(exponent, int) else 0)


def fail(message: str, *, as_json: bool = False, notes: list[str] | None = None) -> int:
    """Print a French error on stderr and return exit code 1.

    With ``as_json`` (a command run with ``--json``) the output also gets its one JSON document,
    ``{"error": message}``, so that a script reading it learns why there is nothing else; with
    the ``notes`` already said on stderr, if any (a file given to the wrong import).
    """
    print(f"Erreur : {message}", file=sys.stderr)
    if as_json:
        print(json.dumps({"error": message} | ({"notes": notes} if notes else {}),
                         ensure_ascii=False))
    return 1


def refusal_text(error: SrmError | OSError) -> str:
    """What a command says of a refusal it did not word itself: a domain error, a file's.

    A refusal ending on a step of the import wizard says how to do it here instead.
    """
    if isinstance(error, SrmError):
        from srm_inclusif.cli.import_advice import cli_wording

        return cli_wording(error)
    from srm_inclusif.storage.failures import system_reason

    reason = system_reason(error)
    name = error.filename if error.filename is not None else "?"
    return (f"« {name} » n'a pas pu être utilisé ({reason}) : vérifiez ce chemin et vos droits "
            "sur lui et sur son dossier, puis recommencez.")


def open_cli_workspace(args: argparse.Namespace, *, create: bool = False) -> Workspace:
    """Open the workspace of ``--db``, ``$SRM_INCLUSIF_DB`` or the default; exit 1 on error.

    Only ``demo`` (``create``) may create it, as it configures what it creates; the others
    refuse a path where there is none, so that a mistyped ``--db`` leaves no empty workspace
    behind, nor one without a profile that the application would then refuse to open (an import
    into it stranded its lines), nor reads as « nothing found ».

    Every command then speaks in the words of the workspace's profile, as the UI does on
    opening it: a structure inclusive's indicators are her sales (« Ventes totales »).
    """
    from srm_inclusif.storage.services.settings import get_settings
    from srm_inclusif.storage.workspace import open_workspace

    as_json = getattr(args, "json", False)
    path = resolve_workspace_path(getattr(args, "db", None))
    missing = None if create else missing_workspace(path)
    if missing:
        raise SrmError(missing, path=str(path))  # worded by the CLI's one refusal handler
    try:
        workspace = open_workspace(path)
    except SrmError as error:
        raise SystemExit(fail(str(error), as_json=as_json)) from error
    use_profile_words(get_settings(workspace.engine).profile)
    return workspace


def tell_unfinished_import(workspace: Workspace) -> None:
    """Say on stderr, once, which imports stopped before their end (killed, power cut).

    In the words of the workspace's profile (a seller imports clients and sales). A read-only
    workspace says nothing: the notice could not be taken away once said.
    """
    from srm_inclusif.storage.services.settings import get_settings
    from srm_inclusif.storage.unfinished_import import take_unfinished_imports

    if workspace.read_only:
        return
    unfinished = take_unfinished_imports(workspace.path)
    if not unfinished:
        return
    try:
        seller = get_settings(workspace.engine).profile.is_seller
    except Exception:  # noqa: BLE001 - a damaged file (``check``): said in a buyer's words
        seller = False
    again = "Relancez-le" if len(unfinished) == 1 else "Relancez-les"
    print("\n".join(stopped.text(seller=seller) for stopped in unfinished)
          + f" {again} (« srm-inclusif import », ou Imports / exports dans l'application).",
          file=sys.stderr)


def missing_workspace(path: Path) -> str | None:
    """Why ``path`` holds no workspace to read (absent or empty file); None when it may hold one."""
    if not path.exists():
        return (f"L'espace de travail « {path} » n'existe pas. Vérifiez le chemin, ou ouvrez "
                "l'application pour en créer un.")
    if path.is_file() and path.stat().st_size == 0:
        return (f"« {path} » est vide : ce n'est pas un espace de travail. Le fichier n'a pas "
                "été modifié.")
    return None

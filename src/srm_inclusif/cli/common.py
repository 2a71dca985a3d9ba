"""Helpers shared by the CLI commands: resolve and open the workspace, print errors."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from srm_inclusif.core.errors import SrmError, ValidationError
from srm_inclusif.core.numbers import grouped, read_day
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


def figure(value: Decimal) -> str:
    """A decimal number in French with the decimals it was given: ``5,5``, ``2,20``, ``1 500``."""
    exponent = value.as_tuple().exponent
    return grouped(value, max(0, -exponent) if isinstance(exponent, int) else 0)


def fail(message: str, *, as_json: bool = False) -> int:
    """Print a French error on stderr and return exit code 1.

    With ``as_json`` (a command run with ``--json``) the output also gets its one JSON document,
    ``{"error": message}``, so that a script reading it learns why there is nothing else.
    """
    print(f"Erreur : {message}", file=sys.stderr)
    if as_json:
        print(json.dumps({"error": message}, ensure_ascii=False))
    return 1


def open_cli_workspace(args: argparse.Namespace) -> Workspace:
    """Open the workspace of ``--db``, ``$SRM_INCLUSIF_DB`` or the default; exit 1 on error."""
    from srm_inclusif.storage.workspace import open_workspace

    path = resolve_workspace_path(getattr(args, "db", None))
    try:
        return open_workspace(path)
    except SrmError as error:
        raise SystemExit(fail(str(error), as_json=getattr(args, "json", False))) from error

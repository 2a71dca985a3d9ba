"""Options shared by several commands, defined once so that they read the same everywhere."""

from __future__ import annotations

import argparse

from srm_inclusif.core.kinds import fold
from srm_inclusif.core.vocabulary import SpendBasis

#: How ``--basis`` is shown in the help: the French words (the English codes are read too).
BASIS_METAVAR = "{commandé,facturé,payé}"

#: What ``--basis`` accepts: the French labels, accents optional, and the stored English keys.
_BASES = {fold(b.label): b.value for b in SpendBasis} | {b.value: b.value for b in SpendBasis}


def spend_basis(text: str) -> str:
    """The stored key of a basis typed in French (« payé », « Facturé ») or English (``paid``)."""
    key = _BASES.get(fold(text))
    if key is None:
        raise argparse.ArgumentTypeError(
            f"base inconnue : « {text} » (choisissez commandé, facturé ou payé)")
    return key


def add_basis_option(parser: argparse.ArgumentParser, *, default: str | None,
                     default_text: str) -> None:
    """Add ``--basis``: commandé, facturé or payé; ordered, invoiced, paid are read too.

    The help names the French words only, as the UI does; ``default_text`` ends it: what the
    command does without the option.
    """
    parser.add_argument(
        "--basis", type=spend_basis, default=default, metavar=BASIS_METAVAR,
        help=f"base des montants : commandé, facturé ou payé ; {default_text}")

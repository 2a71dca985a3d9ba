"""The remarks of a spend import in the words of a dry run: nothing is created, it would be.

A dry run lists what the import would do: « fournisseur classique créé » read as done.
"""

from __future__ import annotations

from srm_inclusif.core.i18n import QT_TRANSLATE_NOOP
from srm_inclusif.storage.services.spend_counterparty import (
    CLIENT_CREATED_FROM_FILE,
    CLIENT_CREATED_FROM_FILE_LINES,
    CREATED_FROM_FILE,
    CREATED_FROM_FILE_LINES,
)
from srm_inclusif.storage.services.spend_moves import DRY_RUN_MOVE_REASONS
from srm_inclusif.storage.services.spend_reasons import (
    SELLER_REASONS,
    UNKNOWN_BUYER,
    UNKNOWN_BUYER_LINES,
    UNKNOWN_CLIENT,
    UNKNOWN_CLIENT_LINES,
    UNKNOWN_SALESPERSON,
    UNKNOWN_SALESPERSON_LINES,
    UNKNOWN_SUPPLIER,
    UNKNOWN_SUPPLIER_LINES,
)

#: Each remark saying something is created or imported, as a dry run says it (by its words in
#: the workspace: a buyer's or a structure inclusive's).
DRY_RUN_REASONS = {
    UNKNOWN_SUPPLIER: QT_TRANSLATE_NOOP(
        "ImportReasons", "Fournisseur absent de l'espace : dépense qui serait rattachée à un "
        "fournisseur classique créé pour l'occasion."),
    UNKNOWN_SUPPLIER_LINES: QT_TRANSLATE_NOOP(
        "ImportReasons", "Fournisseur absent de l'espace : un fournisseur classique serait créé "
        "pour l'occasion, avec ses {lines} lignes de l'import (remarque sur la première "
        "seulement)."),
    UNKNOWN_CLIENT: QT_TRANSLATE_NOOP(
        "ImportReasons", "Client absent de l'espace : vente qui serait rattachée à un client "
        "créé pour l'occasion."),
    UNKNOWN_CLIENT_LINES: QT_TRANSLATE_NOOP(
        "ImportReasons", "Client absent de l'espace : un client serait créé pour l'occasion, "
        "avec ses {lines} ventes de l'import (remarque sur la première seulement)."),
    CREATED_FROM_FILE: QT_TRANSLATE_NOOP(
        "ImportReasons", "Fournisseur absent de l'espace : il serait créé avec le type, le code "
        "postal ou la ville que donne le fichier."),
    CREATED_FROM_FILE_LINES: QT_TRANSLATE_NOOP(
        "ImportReasons", "Fournisseur absent de l'espace : il serait créé avec le type, le code "
        "postal ou la ville que donne le fichier, avec ses {lines} lignes de l'import "
        "(remarque sur la première seulement)."),
    CLIENT_CREATED_FROM_FILE: QT_TRANSLATE_NOOP(
        "ImportReasons", "Client absent de l'espace : il serait créé avec le type, le code "
        "postal ou la ville que donne le fichier."),
    CLIENT_CREATED_FROM_FILE_LINES: QT_TRANSLATE_NOOP(
        "ImportReasons", "Client absent de l'espace : il serait créé avec le type, le code "
        "postal ou la ville que donne le fichier, avec ses {lines} ventes de l'import "
        "(remarque sur la première seulement)."),
    UNKNOWN_BUYER: QT_TRANSLATE_NOOP(
        "ImportReasons", "Acheteur inconnu dans l'espace : la ligne serait importée sans "
        "acheteur."),
    UNKNOWN_BUYER_LINES: QT_TRANSLATE_NOOP(
        "ImportReasons", "Acheteur inconnu dans l'espace : les {lines} lignes de l'import qui le "
        "nomment seraient importées sans acheteur (remarque sur la première seulement)."),
    UNKNOWN_SALESPERSON: QT_TRANSLATE_NOOP(
        "ImportReasons", "Commercial inconnu dans l'espace : la vente serait importée sans "
        "commercial."),
    UNKNOWN_SALESPERSON_LINES: QT_TRANSLATE_NOOP(
        "ImportReasons", "Commercial inconnu dans l'espace : les {lines} ventes de l'import qui "
        "le nomment seraient importées sans commercial (remarque sur la première seulement)."),
    **DRY_RUN_MOVE_REASONS,  # a card given up for a stored one, said where it is given up
}
#: The dry run's remarks with a part filled in (the UI reads them back to their template).
FILLED_DRY_RUN_REASONS = tuple(said for said in DRY_RUN_REASONS.values() if "{" in said)


def workspace_words(*, seller: bool, dry_run: bool) -> dict[str, str]:
    """Each remark's template → the one said: in a seller's words, in a dry run's."""
    words = dict(SELLER_REASONS) if seller else {}
    if dry_run:
        for template in (*DRY_RUN_REASONS, *SELLER_REASONS):
            said = words.get(template, template)
            if said in DRY_RUN_REASONS:
                words[template] = DRY_RUN_REASONS[said]
    return words

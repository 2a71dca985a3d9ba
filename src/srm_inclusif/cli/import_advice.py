"""What the CLI says instead of the wizard's steps, and of files given to the wrong import."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from srm_inclusif.core.errors import SrmError
from srm_inclusif.core.vocabulary import profile_in_use
from srm_inclusif.exchange.formats import FORMAT_MISFIT, NOT_API_PAGE, NOT_FINESS
from srm_inclusif.exchange.table_plan import NO_AMOUNT_COLUMN, NO_NAME_COLUMN

#: How the CLI gives columns the file does not name: a profile saved in the wizard.
_BY_PROFILE = ("avec --profile NOM (un profil de correspondance des colonnes enregistré dans "
               "l'assistant d'import de l'application), ou importez ce fichier avec l'assistant.")
_BY_FORMAT = "Donnez un autre --format, ou --format auto pour la détection automatique."
#: The wizard's step a refusal ends on (by its template), and what the CLI says instead.
_WIZARD_STEPS = {
    NO_NAME_COLUMN: ("dans la correspondance des colonnes.", _BY_PROFILE),
    NO_AMOUNT_COLUMN: ("dans la correspondance des colonnes.", _BY_PROFILE),
    FORMAT_MISFIT: ("Choisissez un autre format ou la détection automatique.", _BY_FORMAT),
    NOT_FINESS: ("Choisissez un autre format ou la détection automatique.", _BY_FORMAT),
    NOT_API_PAGE: ("Choisissez un autre format ou la détection automatique.", _BY_FORMAT),
}
#: Files larger than this are not looked at again: a directory that big is a SIRENE or FINESS
#: stock, read for what it is; looking twice would double a long import.
_LOOKED_AT_BYTES = 50 * 1024 * 1024


def cli_wording(error: SrmError) -> str:
    """The refusal's message, a step of the wizard replaced by the way to do it here."""
    message = str(error)
    step = _WIZARD_STEPS.get(error.template or "")
    if step is None or not message.endswith(step[0]):
        return message
    return message.removesuffix(step[0]) + step[1]


def target_notes(paths: Sequence[Path], target: str, *, refused: bool = False) -> list[str]:
    """A warning for each file that looks like what the other import reads.

    Spend given to ``import suppliers`` would make a directory of its suppliers: ``refused``
    words the refusal of the import, with the way to force it; a directory given to ``import
    spend`` is refused for want of amounts: said, with the command to use.
    """
    from srm_inclusif.exchange.plan import likely_target

    note = _refusal if refused else _other_target_note
    return [note(path, target) for path in paths
            if _looked_at(path) and likely_target(path) not in (None, target)]


def _refusal(path: Path, target: str) -> str:
    """The refusal of a spend file given to ``import suppliers``: the command, how to force it."""
    return (f"{_looks_like_spend(path)} Rien n'a été importé : pour ses montants, utilisez "
            "« import spend » ; pour l'importer quand même comme annuaire, ajoutez "
            "--format generic.")


def _looks_like_spend(path: Path) -> str:
    """« « erp.csv » ressemble à un fichier d'achats (…), pas à un annuaire de structures. »."""
    spend = ("un fichier de ventes (un montant et un client par ligne)"
             if profile_in_use().is_seller else
             "un fichier d'achats (un montant et un fournisseur par ligne)")
    return f"« {path.name} » ressemble à {spend}, pas à un annuaire de structures."


def _looked_at(path: Path) -> bool:
    """Whether a file is worth a second look: a table, not an archive, not a stock file."""
    try:
        return (path.is_file() and path.suffix.lower() != ".zip"
                and path.stat().st_size <= _LOOKED_AT_BYTES)
    except OSError:
        return False


def _other_target_note(path: Path, target: str) -> str:
    """The warning for a file given to the ``target`` import that looks like the other's."""
    seller = profile_in_use().is_seller
    if target == "suppliers":
        return (f"Attention : {_looks_like_spend(path)} Pour ses montants, utilisez "
                "« import spend ».")
    return (f"Attention : « {path.name} » ressemble à un annuaire de structures (aucune "
            "colonne de montant), pas à un fichier de "
            f"{'ventes' if seller else 'dépenses'}. Pour l'importer, utilisez "
            "« import suppliers ».")

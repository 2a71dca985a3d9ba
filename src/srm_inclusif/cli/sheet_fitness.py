"""Why an objective sheet is not fit to sign, in French: the CLI's side of the UI's question."""

from __future__ import annotations

from collections.abc import Sequence

from srm_inclusif.core.objective_sheet import ObjectiveSheetDocument, percent_text

#: The option that exports sheets not fit to sign anyway, marked « provisoire ».
PROVISIONAL_OPTION = "--provisoire"


def sheet_problems(document: ObjectiveSheetDocument) -> list[str]:
    """What keeps a sheet from being signed (as the UI asks): weights ≠ 100 %, actuals missing."""
    problems = []
    if not document.weights_complete:
        problems.append(f"les poids totalisent {percent_text(document.weights_total / 100)} "
                        "au lieu de 100\u00a0%")
    if document.missing_actuals:
        labels = ", ".join(f"« {label} »" for label in document.missing_actuals)
        problems.append(f"réalisé manquant pour {labels}")
    return problems


def unfit_sheets_text(documents: Sequence[ObjectiveSheetDocument]) -> str:
    """The refusal of sheets not fit to sign, each with why; "" when all can be signed."""
    blocks = []
    for document in documents:
        problems = sheet_problems(document)
        if problems:
            blocks.append(f"  • {document.header.person_name} : " + " ; ".join(problems))
    if not blocks:
        return ""
    return "\n".join([
        "ces fiches ne sont pas prêtes à signer :", *blocks,
        "Tant qu'un réalisé manque, le montant est provisoire ; des poids qui ne totalisent pas "
        "100 % faussent le paiement. Aucun fichier n'a été écrit. Pour les exporter quand même, "
        f"marquées « provisoire », ajoutez {PROVISIONAL_OPTION}."])

"""Why an objective sheet is not fit to sign, in French: the CLI's side of the UI's question."""

from __future__ import annotations

from collections.abc import Sequence

from srm_inclusif.core.objective_sheet import ObjectiveSheetDocument, problem_texts

#: The option that exports sheets not fit to sign anyway, marked « provisoire ».
PROVISIONAL_OPTION = "--provisoire"


def sheet_problems(document: ObjectiveSheetDocument) -> list[str]:
    """What keeps a sheet from being signed (as the UI asks), in French.

    Weights ≠ 100 %, actuals missing, the period not over.
    """
    return [text for _kind, text in problem_texts(document.problems)]


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
        "Avant la fin de la période ou tant qu'un réalisé manque, le montant est provisoire ; "
        "des poids qui ne totalisent pas 100 % faussent le paiement. Aucun fichier n'a été "
        "écrit. Pour les exporter quand même, "
        f"marquées « provisoire », ajoutez {PROVISIONAL_OPTION}."])

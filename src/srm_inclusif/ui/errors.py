"""Turn the typed errors of the lower layers into translated text for message boxes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from srm_inclusif.core.errors import SrmError
from srm_inclusif.storage.failures import system_reason


def error_text(error: BaseException) -> str:
    """The user-facing text of an error, in the UI language when its reason is known."""
    if isinstance(error, OSError):
        return _system_text(error)
    if not isinstance(error, SrmError):
        return unexpected_text(error)
    if error.template is not None:
        return QCoreApplication.translate("Errors", error.template).format(
            **_translated_labels(error.params))
    reason = error.params.get("reason")
    texts = {
        "not_workspace": QCoreApplication.translate(
            "Errors",
            "« {path} » n'est pas un espace de travail SRM Inclusif. "
            "Le fichier n'a pas été modifié.",
        ),
        "other_database": QCoreApplication.translate(
            "Errors",
            "« {path} » est une base SQLite qui n'est pas un espace de "
            "travail SRM Inclusif. Le fichier n'a pas été modifié.",
        ),
        "corrupt": QCoreApplication.translate(
            "Errors",
            "« {path} » est endommagé et ne peut pas être ouvert. Le fichier n'a pas été "
            "modifié ; restaurez une sauvegarde.\n\nDétail technique : {detail}",
        ),
        "newer_schema": QCoreApplication.translate(
            "Errors",
            "« {path} » a été créé par une version plus récente de SRM "
            "Inclusif (schéma {revision}). Mettez l'application à jour pour "
            "l'ouvrir ; le fichier n'a pas été modifié.",
        ),
    }
    template = texts.get(str(reason))
    if template is None:
        return error.message
    return template.format(**error.params)


def unexpected_text(error: BaseException) -> str:
    """An error the app did not foresee (a bug): said as such, its technical detail last."""
    return QCoreApplication.translate(
        "Errors", "Une erreur inattendue a interrompu l'opération. Réessayez ; si elle "
        "revient, signalez-la avec ce détail technique :\n\n{detail}",
    ).format(detail=f"{type(error).__name__}: {error}")


def _translated_labels(params: dict[str, object]) -> dict[str, object]:
    """The params with each ``*_label`` value (a French vocabulary label) in the UI language.

    Lower layers name a stage, kind… by its French label (``STAGE_LABELS[stage]``), marked in
    the "Vocabulary" context, so that their French message stays whole for the CLI.
    """
    labels = {key: QCoreApplication.translate("Vocabulary", value)
              if key.endswith("_label") and isinstance(value, str) else value
              for key, value in params.items()}
    if isinstance(labels.get("detail"), str):  # « disque plein »: see storage.failures
        labels["detail"] = QCoreApplication.translate("Errors", str(labels["detail"]))
    return labels


def _system_text(error: OSError) -> str:
    """A file error said in the UI language, the system's own words kept as the detail."""
    path = error.filename if error.filename is not None else ""
    detail = QCoreApplication.translate("Errors", system_reason(error))
    if isinstance(error, PermissionError):
        template = QCoreApplication.translate(
            "Errors", "Accès refusé à « {path} » : choisissez un autre dossier ou fermez le "
            "programme qui utilise le fichier.")
    elif isinstance(error, FileNotFoundError):
        template = QCoreApplication.translate(
            "Errors", "« {path} » est introuvable (dossier supprimé ou déplacé ?).")
    elif not path:
        template = QCoreApplication.translate("Errors", "Erreur du système : {detail}.")
    else:
        template = QCoreApplication.translate(
            "Errors", "« {path} » n'a pas pu être lu ou écrit ({detail}).")
    return template.format(path=path, detail=detail)

"""File errors are said in the UI language, with the file named."""

from __future__ import annotations

from srm_inclusif.ui.errors import error_text


def test_a_refused_file_is_named_in_french() -> None:
    text = error_text(PermissionError(13, "Permission denied", "/partage/fiches.xlsx"))
    assert text.startswith("Accès refusé à « /partage/fiches.xlsx »")


def test_a_missing_folder_is_named() -> None:
    text = error_text(FileNotFoundError(2, "No such file or directory", "/clé/export.csv"))
    assert text == "« /clé/export.csv » est introuvable (dossier supprimé ou déplacé ?)."


def test_other_file_errors_keep_the_system_detail() -> None:
    text = error_text(OSError(5, "Input/output error", "/tmp/x"))
    assert text == "« /tmp/x » n'a pas pu être lu ou écrit (Input/output error)."


def test_a_folder_given_for_a_file_is_said_in_french() -> None:
    text = error_text(IsADirectoryError(21, "Is a directory", "/tmp"))
    assert text == "« /tmp » n'a pas pu être lu ou écrit (c'est un dossier)."


def test_file_errors_go_through_the_catalogue(marked) -> None:
    text = error_text(PermissionError(13, "Permission denied", "/x.pdf"))
    assert text.startswith("[Errors] Accès refusé à « /x.pdf »")


def test_a_system_error_without_a_file_is_said_in_french() -> None:
    text = error_text(OSError(28, "No space left on device"))
    assert text == "Erreur du système : disque plein."


def test_an_unforeseen_error_says_it_is_one_with_its_detail_last() -> None:
    text = error_text(KeyError("Données"))
    assert text.startswith("Une erreur inattendue a interrompu l'opération.")
    assert text.endswith("KeyError: 'Données'")  # not the bare « 'Données' » it used to be


def test_an_unforeseen_error_in_english(english) -> None:
    text = error_text(ZeroDivisionError("division by zero"))
    assert text.startswith("An unexpected error stopped the operation.")
    assert text.endswith("ZeroDivisionError: division by zero")

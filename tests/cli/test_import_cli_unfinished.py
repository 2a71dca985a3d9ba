"""``import`` and ``check`` say once, on stderr, that the last import stopped before its end."""

from __future__ import annotations

from srm_inclusif.cli import main
from srm_inclusif.core.vocabulary import Profile, use_profile_words
from srm_inclusif.storage.services.settings import update_settings
from tests.support import IMPORT_FIXTURES
from tests.unfinished_imports import KILLED_SUPPLIERS, kill_during_import, leave_killed_import

DIRECTORY = IMPORT_FIXTURES / "annuaire_esat_ea_2024.csv"
AGAIN = " Relancez-le (« srm-inclusif import », ou Imports / exports dans l'application)."


def test_the_next_import_says_the_killed_one_saved_nothing(workspace, capsys):
    workspace.close()
    kill_during_import(workspace.path, DIRECTORY)

    code = main(["--db", str(workspace.path), "import", "suppliers", str(DIRECTORY)])

    err = capsys.readouterr().err
    assert code == 0
    assert err.startswith("L'import de fournisseurs (« annuaire_esat_ea_2024.csv », "
                          "commencé le ")
    assert f"s'est arrêté avant la fin : rien n'en a été enregistré.{AGAIN}\n" in err


def test_check_says_it_once(workspace, capsys):
    workspace.close()
    leave_killed_import(workspace.path)

    assert main(["--db", str(workspace.path), "check"]) == 0
    first = capsys.readouterr().err
    assert main(["--db", str(workspace.path), "check"]) == 0
    second = capsys.readouterr().err

    assert first == f"{KILLED_SUPPLIERS}{AGAIN}\n"
    assert second == ""


def test_a_seller_is_told_of_her_clients(workspace, capsys):
    update_settings(workspace.engine, profile=Profile.STRUCTURE_INCLUSIVE)
    workspace.close()
    use_profile_words(Profile.ACHETEUR)  # a new command starts in a buyer's words
    leave_killed_import(workspace.path, files=("clients.csv",))

    assert main(["--db", str(workspace.path), "check"]) == 0

    assert capsys.readouterr().err.startswith(
        "L'import de clients (« clients.csv », commencé le 23/11/2026 à 10:02) ")
    use_profile_words(Profile.ACHETEUR)


def test_an_import_after_a_finished_one_says_nothing(workspace, capsys):
    workspace.close()
    db = str(workspace.path)
    assert main(["--db", db, "import", "suppliers", str(DIRECTORY)]) == 0
    capsys.readouterr()

    assert main(["--db", db, "import", "suppliers", "--dry-run", str(DIRECTORY)]) == 0

    assert capsys.readouterr().err == ""

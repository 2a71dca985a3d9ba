"""Counts written by the lower layers and the CLI group their thousands as the UI does."""

from __future__ import annotations

from srm_inclusif.cli.common import counted as cli_counted
from srm_inclusif.core.i18n import counted


def test_a_grouped_count_is_written_by_thousands() -> None:
    assert counted(50_000, "ligne lue", "lignes lues", grouped=True) == "50\u202f000 lignes lues"
    assert counted(1, "ligne lue", "lignes lues", grouped=True) == "1 ligne lue"


def test_a_count_is_plain_unless_grouped() -> None:
    assert counted(50_000, "fichier", "fichiers") == "50000 fichiers"


def test_the_command_line_writes_its_counts_grouped() -> None:
    assert cli_counted(12_345, "ligne rejetée", "lignes rejetées") == "12\u202f345 lignes rejetées"

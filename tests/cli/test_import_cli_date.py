"""``import spend --date``: the date of lines without one, in French (31/12/2025) or ISO."""

from __future__ import annotations

from pathlib import Path

import pytest

from srm_inclusif.cli import main
from srm_inclusif.storage.backup import backups_dir
from tests.support import IMPORT_FIXTURES, executed

SPEND = str(IMPORT_FIXTURES / "achats_2025.csv")  # no date nor year column


def spend_dates(db: Path) -> set[str]:
    return {str(day) for (day,) in executed(db, "SELECT DISTINCT spend_date FROM spend_line")}


@pytest.mark.parametrize("typed", ["31/12/2025", "2025-12-31", " 31/12/2025 "])
def test_the_date_is_read_in_french_or_iso(capsys, tmp_path, typed):
    db = tmp_path / "e.sqlite3"

    code = main(["--db", str(db), "import", "spend", SPEND, "--date", typed])

    assert code == 0
    assert spend_dates(db) == {"2025-12-31"}


@pytest.mark.parametrize("typed", ["2025/12/31", "31/02/2025", "31/12/25", ""])
def test_an_unreadable_date_says_the_forms_expected(capsys, tmp_path, typed):
    with pytest.raises(SystemExit) as ended:
        main(["--db", str(tmp_path / "e.sqlite3"), "import", "spend", SPEND, "--date", typed])

    assert ended.value.code == 2
    assert capsys.readouterr().err.splitlines()[-1] == (
        f"srm-inclusif import spend : erreur : argument --date : date illisible « {typed} » "
        "(attendu : JJ/MM/AAAA, ex. 31/12/2025, ou AAAA-MM-JJ)")
    assert not backups_dir(tmp_path / "e.sqlite3").exists()  # no import began

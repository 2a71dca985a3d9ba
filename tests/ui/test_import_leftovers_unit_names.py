"""The SIRENE preview's names come when the user left the page during their read and came back.

Left with « Précédent » while the legal units were read, the page came back with « … » noted
as never to be filled until the mapping changed. The read goes on while the page is left (or
starts again, for files planned anew: a ZIP extracted again), and its end draws the names.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from tests.ui.test_wizard_sirene_names_off_thread import (  # noqa: F401 (fixtures)
    NAMES,
    PENDING,
    _nothing_kept,
    held,
    mapping_page,
    note,
    shown_names,
    sirene_files,
)


def zipped(tmp_path: Path, paths: list[Path]) -> list[Path]:
    archive = tmp_path / "sirene.zip"
    with zipfile.ZipFile(archive, "w") as zipped_files:
        for path in paths:
            zipped_files.write(path, path.name)
    return [archive]


@pytest.mark.parametrize("pages_back", [1, 2])  # to the detection page, to the files page
@pytest.mark.parametrize("in_zip", [False, True])
@pytest.mark.parametrize("ended_away", [False, True])  # the read ends before the user is back
def test_the_names_come_after_going_back_during_the_read(qtbot, ctx, held, sirene_files,  # noqa: F811
                                                         tmp_path, pages_back, in_zip,
                                                         ended_away):
    page = mapping_page(qtbot, ctx, zipped(tmp_path, sirene_files) if in_zip else sirene_files)
    wizard = page.wiz
    assert shown_names(page) == PENDING

    for _step in range(pages_back):
        wizard.back()  # « Précédent » during the read
    if ended_away:
        held.release()
        qtbot.waitUntil(lambda: page.unit_names.job is None, timeout=5000)
    for _step in range(pages_back):
        wizard.next()
    held.release()

    assert wizard.currentPage() is page
    # (in the case the names are written in: another change may write them otherwise)
    qtbot.waitUntil(lambda: [name.casefold() for name in shown_names(page)]
                    == [name.casefold() for name in NAMES], timeout=5000)
    assert note(page) == ""
    qtbot.waitUntil(lambda: page.unit_names.job is None, timeout=5000)
    assert held.most == 1  # one read at a time

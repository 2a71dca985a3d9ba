"""The mapping page's divider at 1000 × 640: four preview rows in sight, the mapping the rest,
and the divider where the user puts it.

It was placed at the first fit, before the page had its final width: the preview's rows were
then taller (their remarks wrapped narrower), and it kept a fifth row's room the mapping lacked.
"""

from __future__ import annotations

from srm_inclusif.ui.import_wizard.preview_cells import ROWS_IN_SIGHT
from srm_inclusif.ui.import_wizard.wizard import ImportWizard
from tests.ui.test_import_wizard_small_screen import rows_in_sight, wizard  # noqa: F401


def test_the_mapping_gets_the_height_the_preview_does_not_need(wizard: ImportWizard) -> None:  # noqa: F811
    page = wizard.currentPage()

    assert rows_in_sight(page.preview_table) == ROWS_IN_SIGHT
    assert rows_in_sight(page.mapping_table) >= 4  # it had 3, a preview row's room left empty


def test_the_divider_stays_where_the_user_moved_it(qtbot, wizard: ImportWizard) -> None:  # noqa: ANN001, F811
    page = wizard.currentPage()
    page.splitter.moveSplitter(page.splitter.sizes()[0] + 60, 1)  # what a drag does
    moved = page.splitter.sizes()

    page.pad_siret.toggle()  # the preview drawn again, its columns fitted again
    qtbot.wait(50)

    assert page.splitter.sizes()[0] == moved[0]

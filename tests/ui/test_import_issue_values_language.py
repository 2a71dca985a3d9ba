"""A conflict on a coded field (a nature) names the file's value and the kept one in the UI
language, in the import history and in the wizard; the report itself stays in French."""

from __future__ import annotations

import pytest
from sqlalchemy import update

from srm_inclusif.storage.services.supplier_merge import CODE_LABELS
from srm_inclusif.ui.models.import_issue_table import (
    COL_FIELD,
    COL_REASON,
    COL_VALUE,
    ImportIssueTableModel,
    value_text,
)
from srm_inclusif.ui.pages.imports_page import ImportsPage
from tests.exchange.import_support import STRUCTURES, run
from tests.support import API_PAGES
from tests.ui.test_import_wizard import open_wizard, run_to_summary

#: The conflicts on ESAT du Parc (an antenna in the file, kept as a head office of kind EI):
#: field → (value, reason), as each language shows them.
SHOWN = {
    "fr": {
        "Siège ou antenne": (
            "Antenne", "Champ modifié à la main («\u00a0Siège\u00a0»)\u00a0: valeur du fichier "
            "ignorée."),
        # kinds are reported by their codes, which read the same in both languages
        "Type de structure": (
            "ESAT", "Champ modifié à la main («\u00a0EI\u00a0»)\u00a0: valeur du fichier ignorée."),
    },
    "en": {
        "Head office or branch": (
            "Branch", "Field edited by hand (“Head office”): the file's value is ignored."),
        "Structure type": ("ESAT", "Field edited by hand (“EI”): the file's value is ignored."),
    },
}


@pytest.fixture
def edited(ctx):  # noqa: ANN001, ANN201
    """The Marché's pages imported, then ESAT du Parc made an EI head office by hand (on its
    card): the pages now conflict with it."""
    run(ctx.workspace, *API_PAGES)
    with ctx.engine.begin() as connection:
        connection.execute(update(STRUCTURES).where(STRUCTURES.c.name == "ESAT du Parc").values(
            kind="EI", nature="HEAD_OFFICE", edited_fields=["kind", "nature"]))
    return ctx


def conflicts(model: ImportIssueTableModel) -> dict[str, tuple[str, str]]:
    """Field → (value, reason) of the rows in conflict, as the table shows them."""
    return {model.index(row, COL_FIELD).data(): (model.index(row, COL_VALUE).data(),
                                                 model.index(row, COL_REASON).data())
            for row in range(model.rowCount()) if model.row_at(row).severity == "conflict"}


def test_the_history_names_the_coded_values_in_the_ui_language(qtbot, edited, language):
    summary = run(edited.workspace, *API_PAGES)
    page = ImportsPage(edited)
    qtbot.addWidget(page)

    # in English: « Antenne » and « Champ modifié à la main (« Siège ») » made half-French rows
    assert conflicts(page.issues) == SHOWN[language]
    # what is stored (the CSV of rejects, the command line) stays in French
    assert {(i.field, i.value) for i in summary.issues if i.severity == "conflict"} == {
        ("kind", "ESAT"), ("nature", "Antenne")}


def test_the_wizard_names_the_coded_values_in_english(qtbot, edited, english):
    wizard = open_wizard(qtbot, edited, [page.name for page in API_PAGES])
    run_to_summary(qtbot, wizard)

    assert conflicts(wizard.currentPage().issues.issue_model) == SHOWN["en"]


@pytest.mark.parametrize(("field", "label"), [
    (field, label) for field, labels in CODE_LABELS.items() for label in labels.values()])
def test_every_coded_value_goes_through_the_translation(marked, field, label):
    assert value_text(field, label) == f"[Vocabulary] {label}"


@pytest.mark.parametrize(("field", "value"), [
    ("nature", "Succursale ?"),  # not a nature: as read in the file
    ("name", "Antenne"),  # not a coded field: a structure may be called so
])
def test_other_values_are_shown_as_they_are(marked, field, value):
    assert value_text(field, value) == value


def test_a_value_not_kept_from_a_duplicate_row_is_said_in_english(english):
    from srm_inclusif.storage.services.supplier_merge import (
        SAME_AS_LINE_NOT_KEPT,
        SAME_AS_LINE_OF_FILE_NOT_KEPT,
    )
    from srm_inclusif.ui.models.import_issue_table import reason_text

    assert reason_text(SAME_AS_LINE_NOT_KEPT.format(line=2, kept="Dup")) == (
        "Same structure as row 2: value not kept, the record keeps “Dup”.")
    assert reason_text(SAME_AS_LINE_OF_FILE_NOT_KEPT.format(line=2, file="a.csv", kept="Dup")) == (
        "Same structure as row 2 of “a.csv”: value not kept, the record keeps “Dup”.")

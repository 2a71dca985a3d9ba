"""Need form, merge and GDPR dialogs through the GUI, with undo."""

from __future__ import annotations

from datetime import date

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QLabel

from srm_inclusif.core.search_query import CounterpartyFilter
from srm_inclusif.storage.services.contacts import add_contact, list_contacts
from srm_inclusif.storage.services.counterparties import count_counterparties, search_counterparties
from srm_inclusif.storage.services.counterparty_edit import counterparty_values, create_counterparty
from srm_inclusif.storage.services.relationships import list_relationships
from srm_inclusif.storage.services.sourcing import list_shortlists
from srm_inclusif.ui.context import WorkspaceContext
from srm_inclusif.ui.counterparty_card.gdpr_dialog import GdprDialog
from srm_inclusif.ui.merge_dialog import MergeDialog
from srm_inclusif.ui.sourcing.need_dialog import NeedDialog

TODAY = date(2026, 11, 22)
LOCAUX = "nettoyage-de-locaux-16"


@pytest.fixture
def ctx(workspace) -> WorkspaceContext:
    engine = workspace.engine
    create_counterparty(engine, values={"name": "Propreté Lyon", "kind": "EI",
                                        "post_code": "69003", "sectors": [LOCAUX],
                                        "phone": "+33472000000"})
    create_counterparty(engine, values={"name": "Propreté Grenoble", "kind": "ESAT",
                                        "post_code": "38000", "sectors": [LOCAUX]})
    create_counterparty(engine, values={"name": "Jardins du Nord", "kind": "ACI",
                                        "post_code": "59000"})
    return WorkspaceContext(workspace, today=lambda: TODAY)


def _need(qtbot, ctx) -> NeedDialog:
    dialog = NeedDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.title_edit.setText("Nettoyage du siège")
    dialog.department_combo.setCurrentIndex(dialog.department_combo.findData("69"))
    dialog.amount_edit.setText("40 000")
    dialog.sectors.set_selected([LOCAUX])
    dialog.rank_button.click()
    return dialog


def test_need_gives_ranked_shortlist_with_reasons(qtbot, ctx) -> None:
    dialog = _need(qtbot, ctx)
    assert dialog.table.rowCount() == 2
    assert dialog.table.item(0, 1).text() == "Propreté Lyon"
    reasons = dialog.table.item(0, 5).text()
    assert "Secteur recherché : Nettoyage de locaux" in reasons
    assert "Même département (69)" in reasons
    assert "Même région" in dialog.table.item(1, 5).text()
    assert dialog.summary.text().startswith("2 structure(s)")


def test_reserved_need_keeps_only_ea_esat(qtbot, ctx) -> None:
    dialog = _need(qtbot, ctx)
    dialog.reserved_combo.setCurrentIndex(dialog.reserved_combo.findData("L2113-12"))
    dialog.rank_button.click()
    assert dialog.table.rowCount() == 1
    assert "marché réservé L2113-12" in dialog.table.item(0, 5).text()


def test_one_click_sourcing_is_undoable_and_list_saved(qtbot, ctx) -> None:
    dialog = _need(qtbot, ctx)
    dialog.table.selectRow(0)
    dialog.start_button.click()
    [relationship] = list_relationships(ctx.engine)
    assert (relationship.counterparty_name, relationship.stage) == ("Propreté Lyon", "sourcing")
    ctx.undo_stack.undo()
    assert list_relationships(ctx.engine) == []
    dialog.save_button.click()
    assert [(s.name, s.size) for s in list_shortlists(ctx.engine)] == [("Nettoyage du siège", 2)]


def test_export_shortlist_to_xlsx(qtbot, ctx, tmp_path, monkeypatch) -> None:
    dialog = _need(qtbot, ctx)
    target = tmp_path / "liste.xlsx"
    monkeypatch.setattr("srm_inclusif.ui.file_dialogs.get_save_file_name",
                        lambda *a, **k: (str(target), ""))
    dialog.export_button.click()
    rows = list(load_workbook(target).active.iter_rows(values_only=True))
    assert rows[0][0] == "Nettoyage du siège"
    header = next(r for r in rows if r[0] == "Rang")
    first = next(r for r in rows if r[1] == "Propreté Lyon")
    assert first[0] == 1
    assert first[header.index("Téléphone")] == "04 72 00 00 00"  # how to reach it, too


def test_an_english_export_gives_the_reasons_shown_and_a_file_named_after_the_need(
        qtbot, ctx, tmp_path, monkeypatch, english) -> None:
    dialog = _need(qtbot, ctx)
    suggested, target = [], tmp_path / "list.xlsx"

    def chosen(_parent, _caption, name, _filter):  # noqa: ANN001, ANN202
        suggested.append(name)
        return str(target), ""

    monkeypatch.setattr("srm_inclusif.ui.file_dialogs.get_save_file_name",
                        chosen)
    dialog.export_button.click()
    assert suggested == ["nettoyage-du-siege.xlsx"]
    rows = list(load_workbook(target).active.iter_rows(values_only=True))
    header = next(r for r in rows if r[0] == "Rank")
    first = next(r for r in rows if r[1] == "Propreté Lyon")
    assert first[header.index("Reasons")] == dialog.table.item(0, 5).text()
    assert "Sector sought: Nettoyage de locaux" in first[header.index("Reasons")]


def test_merge_dialog_then_undo(qtbot, ctx) -> None:
    engine = ctx.engine
    keep = create_counterparty(engine, values={"name": "Atelier Bleu", "city": "Lyon"}).id
    drop = create_counterparty(engine, values={"name": "Atelier Bleu", "city": "Lyon 3e",
                                               "phone": "+33102030405"}).id
    add_contact(engine, counterparty_id=drop, values={"last_name": "Roux"})
    dialog = MergeDialog(ctx, keep, drop)
    qtbot.addWidget(dialog)
    assert set(dialog.groups) == {"city", "phone"}
    assert dialog.choices() == {"phone": "+33102030405"}  # empty kept value takes the other
    dialog.choose_other("city")
    dialog.merge()
    assert count_counterparties(engine) == 4
    values, _ = counterparty_values(engine, counterparty_id=keep)
    assert (values["city"], values["phone"]) == ("Lyon 3e", "+33102030405")
    assert [c.last_name for c in list_contacts(engine, counterparty_id=keep)] == ["Roux"]
    ctx.undo_stack.undo()
    assert count_counterparties(engine) == 5
    assert counterparty_values(engine, counterparty_id=keep)[0]["city"] == "Lyon"
    assert [c.last_name for c in list_contacts(engine, counterparty_id=drop)] == ["Roux"]


def test_merge_dialog_offers_the_other_social_page(qtbot, ctx) -> None:
    engine = ctx.engine
    keep = create_counterparty(engine, values={
        "name": "Atelier Vert", "social_website": "https://www.facebook.com/atelier.vert"}).id
    drop = create_counterparty(engine, values={
        "name": "Atelier Vert", "social_website": "https://www.linkedin.com/company/vert"}).id
    dialog = MergeDialog(ctx, keep, drop)
    qtbot.addWidget(dialog)
    assert "Réseau social" in [label.text() for label in dialog.findChildren(QLabel)]
    dialog.choose_other("social_website")
    dialog.merge()
    values, _ = counterparty_values(engine, counterparty_id=keep)
    assert values["social_website"] == "https://www.linkedin.com/company/vert"


def test_gdpr_dialog_anonymises_selection_with_undo(qtbot, ctx, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Yes)
    cid = search_counterparties(ctx.engine, flt=CounterpartyFilter(text="jardins"),
                                today=TODAY)[0].id
    add_contact(ctx.engine, counterparty_id=cid, values={
        "first_name": "Paul", "last_name": "Ancien", "last_interaction": date(2022, 5, 1)})
    add_contact(ctx.engine, counterparty_id=cid, values={
        "first_name": "Léa", "last_name": "Récente", "last_interaction": date(2026, 5, 1)})
    dialog = GdprDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 1).text() == "Paul Ancien"
    assert not dialog.anonymise_button.isEnabled()  # nobody chosen yet
    dialog.table.selectRow(0)
    assert dialog.anonymise_button.isEnabled()
    dialog.anonymise_button.click()
    assert dialog.table.rowCount() == 0
    assert not dialog.anonymise_button.isEnabled()
    names = [c.display_name for c in list_contacts(ctx.engine, counterparty_id=cid)]
    assert names == ["Léa Récente", "Contact anonymisé"]
    ctx.undo_stack.undo()
    names = {c.display_name for c in list_contacts(ctx.engine, counterparty_id=cid)}
    assert names == {"Léa Récente", "Paul Ancien"}


def test_need_on_the_demo_workspace(qtbot, demo_workspace) -> None:
    ctx = WorkspaceContext(demo_workspace, today=lambda: TODAY)
    dialog = NeedDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.title_edit.setText("Espaces verts")
    dialog.sectors.filter_edit.setText("espaces verts")
    group = [s for s in dialog.sectors._items if "espaces-verts" in s or "paysag" in s]
    dialog.sectors.set_selected(group[:2])
    dialog.rank_button.click()
    assert dialog.table.rowCount() > 0
    assert dialog.table.item(0, 5).text().startswith("Secteur recherché")


def test_named_list_from_the_page_with_undo(qtbot, ctx, monkeypatch) -> None:
    from srm_inclusif.ui.pages.counterparties_page import CounterpartiesPage
    from srm_inclusif.ui.sourcing.shortlists_dialog import ShortlistsDialog

    page = CounterpartiesPage(ctx)
    qtbot.addWidget(page)
    monkeypatch.setattr("srm_inclusif.ui.sourcing.shortlists_dialog.QInputDialog.getItem",
                        lambda *a, **k: ("Nettoyage 2027", True))
    page.view.table.selectRow(0)
    page.view.add_to_list_button.click()
    first = page.model.row_at(0).name
    assert [(s.name, s.size) for s in list_shortlists(ctx.engine)] == [("Nettoyage 2027", 1)]
    page.view.table.selectRow(1)
    page.view.add_to_list_button.click()
    dialog = ShortlistsDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.names.item(0).text() == "Nettoyage 2027 (2)"
    assert dialog.table.item(0, 1).text() == first
    dialog.table.selectRow(0)
    dialog.remove_button.click()
    assert dialog.table.rowCount() == 1
    ctx.undo_stack.undo()
    assert dialog.table.rowCount() == 2
    ctx.undo_stack.undo()
    ctx.undo_stack.undo()
    assert list_shortlists(ctx.engine) == []


def _clipped_rows(table) -> list[int]:  # noqa: ANN001
    """Rows shorter than their wrapped text: the end of a name or of a reason is cut off."""
    return [r for r in range(table.rowCount()) if table.rowHeight(r) < table.sizeHintForRow(r)]


def test_reasons_stay_whole_when_the_dialog_is_narrowed(qtbot, ctx) -> None:
    dialog = _need(qtbot, ctx)
    dialog.resize(1250, 700)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.rank_button.click()
    assert _cut_short(dialog) == []
    dialog.resize(1050, 700)  # narrower; the splitter or a scroll bar appearing does the same
    qtbot.waitUntil(lambda: dialog.table.columnWidth(5) < 300)
    qtbot.waitUntil(lambda: _cut_short(dialog) == [])  # the third reason was cut off


def _cut_short(dialog: NeedDialog) -> list[int]:
    """Rows cut before their third line of text, or cut without the whole text in a tooltip."""
    table, most = dialog.table, dialog.fit.most_row_height()
    return [r for r in _clipped_rows(table)
            if table.rowHeight(r) < most or table.item(r, 5).toolTip() != table.item(r, 5).text()]


def _saved_list(ctx) -> None:  # noqa: ANN001
    need = NeedDialog(ctx)
    need.title_edit.setText("Nettoyage du siège")
    need.department_combo.setCurrentIndex(need.department_combo.findData("69"))
    need.rank_button.click()
    need.save_button.click()
    need.deleteLater()


def _shown_lists(qtbot, ctx):  # noqa: ANN001, ANN202
    """The named lists dialog on screen, after a need's shortlist was saved as a list."""
    from srm_inclusif.ui.sourcing.shortlists_dialog import ShortlistsDialog

    _saved_list(ctx)
    dialog = ShortlistsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_named_list_shows_whole_names_and_reasons(qtbot, ctx) -> None:
    dialog = _shown_lists(qtbot, ctx)
    table = dialog.table
    assert table.rowCount() == 2
    assert table.columnWidth(1) >= 250  # names were cut after a dozen letters
    assert table.rowHeight(0) > 2 * table.fontMetrics().lineSpacing()  # reasons wrap, whole
    assert _clipped_rows(table) == []


def test_enter_in_the_named_list_does_not_take_a_structure_off(qtbot, ctx) -> None:
    from PySide6.QtCore import Qt

    dialog = _shown_lists(qtbot, ctx)
    dialog.table.selectRow(0)
    dialog.table.setFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    assert [s.size for s in list_shortlists(ctx.engine)] == [2]  # « Retirer » was the default
    assert not dialog.remove_button.isDefault()


def test_a_need_nobody_answers_says_how_to_widen_it(qtbot, workspace) -> None:
    dialog = NeedDialog(WorkspaceContext(workspace, today=lambda: TODAY))  # no structure yet
    qtbot.addWidget(dialog)
    dialog.department_combo.setCurrentIndex(dialog.department_combo.findData("69"))
    dialog.rank_button.click()
    assert dialog.table.rowCount() == 0
    assert dialog.summary.text().startswith("Aucune structure ne répond à ce besoin.")
    assert not dialog.save_button.isEnabled()  # it read « 0 structure présélectionnée, la
    # mieux placée en premier. » above an empty list


def test_an_emptied_list_says_how_to_fill_it(qtbot, ctx) -> None:
    from srm_inclusif.storage.services.sourcing import save_shortlist
    from srm_inclusif.ui.sourcing.shortlists_dialog import ShortlistsDialog

    save_shortlist(ctx.engine, name="Vide", need_id=None, ranked=[])
    dialog = ShortlistsDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.names.item(0).text() == "Vide (0)"
    assert dialog.table.rowCount() == 0
    assert dialog.empty_hint.isVisibleTo(dialog)  # an empty table, with no word, before
    assert dialog.empty_hint.text().startswith("Cette liste est vide.")

"""The merge dialog shows each value as the card does: kinds and kinds of service by their names."""

from __future__ import annotations

import pytest

from srm_inclusif.storage.services.counterparty_edit import counterparty_values, create_counterparty
from srm_inclusif.ui.merge_dialog import MergeDialog

WORDS = {  # kind, kinds of service, a yes: as the card reads them in each language
    "fr": ("EI – Entreprise d'insertion", "ESAT – Établissement et service d'aide par le travail",
           "Prestation de services", "Fabrication de biens, Mise à disposition", "Oui"),
    "en": ("EI – Work integration enterprise", "ESAT – Sheltered work establishment",
           "Services", "Goods manufacturing, Staff provision", "Yes"),
}


def _dialog(qtbot, ctx, kept: dict, other: dict) -> MergeDialog:
    keep = create_counterparty(ctx.engine, values={"name": "Atelier Vert", **kept}).id
    drop = create_counterparty(ctx.engine, values={"name": "Atelier Vert", **other}).id
    dialog = MergeDialog(ctx, keep, drop)
    qtbot.addWidget(dialog)
    return dialog


def _choice(dialog: MergeDialog, field: str) -> tuple[str, str]:
    group = dialog.groups[field]
    return group.button(1).text(), group.button(2).text()


def test_kinds_and_kinds_of_service_read_as_on_the_card(qtbot, ctx, language) -> None:
    dialog = _dialog(qtbot, ctx, {"kind": "EI", "service_types": ["PREST"]},
                     {"kind": "ESAT", "service_types": ["BUILD", "DISP"], "is_qpv": True})
    ei, esat, prest, build_disp, yes = WORDS[language]
    assert _choice(dialog, "kind") == (ei, esat)
    assert _choice(dialog, "service_types") == (prest, build_disp)
    assert _choice(dialog, "is_qpv")[1] == yes
    shown = " ".join(button.text() for group in dialog.groups.values()
                     for button in group.buttons())
    for code in ("PREST", "BUILD", "DISP", "True"):
        assert code not in shown


def test_a_classic_supplier_and_no_service_read_in_words(qtbot, ctx) -> None:
    dialog = _dialog(qtbot, ctx, {"kind": "EA"}, {"service_types": ["PREST"]})
    assert _choice(dialog, "kind") == ("EA – Entreprise adaptée", "Classique")
    assert _choice(dialog, "service_types") == ("—", "Prestation de services")


@pytest.mark.parametrize("other", [["DISP", "PREST"], ["PREST", "DISP"]])
def test_the_same_services_ticked_in_another_order_are_no_choice(qtbot, ctx, other) -> None:
    dialog = _dialog(qtbot, ctx, {"service_types": ["PREST", "DISP"]},
                     {"service_types": other, "city": "Bron"})
    assert "service_types" not in dialog.groups
    dialog.merge()
    values, _ = counterparty_values(ctx.engine, counterparty_id=dialog.keep_id)
    assert set(values["service_types"]) == {"PREST", "DISP"}


def test_a_field_the_dialog_has_no_title_for_is_named_as_on_the_card(
        qtbot, ctx, monkeypatch) -> None:
    from PySide6.QtWidgets import QLabel

    from srm_inclusif.ui import merge_dialog

    monkeypatch.delitem(merge_dialog.FIELD_LABELS, "is_qpv")
    dialog = _dialog(qtbot, ctx, {}, {"is_qpv": True})
    titles = [label.text() for label in dialog.scroll.widget().findChildren(QLabel)]
    assert "QPV" in titles


def test_two_records_alike_say_there_is_nothing_to_choose(qtbot, ctx) -> None:
    from PySide6.QtWidgets import QLabel

    dialog = _dialog(qtbot, ctx, {"city": "Lyon"}, {"city": "Lyon"})
    assert dialog.groups == {}
    note = dialog.scroll.widget().findChild(QLabel, "mergeNothingToChoose")
    assert note.text().startswith("Les deux fiches ont les mêmes valeurs")


def test_a_choice_leaves_no_sentence_about_nothing_to_choose(qtbot, ctx) -> None:
    from PySide6.QtWidgets import QLabel

    dialog = _dialog(qtbot, ctx, {"city": "Lyon"}, {"city": "Bron"})
    assert dialog.scroll.widget().findChild(QLabel, "mergeNothingToChoose") is None

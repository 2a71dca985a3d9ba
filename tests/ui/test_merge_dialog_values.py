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


#: A value for every field of the merge, none of them the default of a new record.
EVERY_FIELD = {
    "name": "Atelier Bleu", "brand": "Bleu", "siret": "73282932000074", "nature": "HEAD_OFFICE",
    "kind": "EI", "legal_form": "SAS", "address": "1 rue Neuve", "post_code": "69001",
    "city": "Lyon", "service_types": ["PREST"], "networks": ["Gesat"], "extra_sectors": ["BTP"],
    "is_qpv": True, "is_zrr": True, "headcount_insertion": 3, "headcount_permanent": 2,
    "capacity": "20 repas", "website": "https://bleu.fr", "social_website": "https://x.fr/bleu",
    "phone": "04 78 00 00 00", "email": "bleu@bleu.fr", "notes": "Vu au salon", "active": False,
    "offers": [{"name": "Traiteur", "description": ""}],
    "client_references": [{"name": "Mairie", "description": ""}],
}


def test_every_field_of_the_merge_has_a_translated_title(qtbot, ctx, marked) -> None:
    from PySide6.QtWidgets import QGridLayout

    from srm_inclusif.storage.services.counterparty_edit import ENTRY_FIELDS, SCALAR_FIELDS

    assert set(EVERY_FIELD) == set(SCALAR_FIELDS + ENTRY_FIELDS)  # a new field is tried too
    dialog = _dialog(qtbot, ctx, {}, EVERY_FIELD)
    grid = dialog.scroll.widget().findChild(QGridLayout)
    titles = [grid.itemAtPosition(row, 0).widget().text() for row in range(1, grid.rowCount())
              if grid.itemAtPosition(row, 0)]
    assert len(titles) == len(EVERY_FIELD)
    assert "[CounterpartyFields] Ville" in titles  # as the card names its fields
    assert "[MergeDialog] Offres (réunies)" in titles
    assert all(title.startswith(("[CounterpartyFields] ", "[MergeDialog] ")) for title in titles)


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

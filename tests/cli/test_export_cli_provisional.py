"""``export sheets``: sheets not fit to sign are refused with why, unless ``--provisoire``."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest
from sqlmodel import Session, select

from srm_inclusif.cli import main
from srm_inclusif.storage.tables import Objective
from tests.objective_sheet_samples import add_sheet
from tests.support import pdf_pages


def _change(engine, sheet_id: int, label: str, **values) -> None:
    with Session(engine) as session:
        objective = session.exec(select(Objective).where(
            Objective.sheet_id == sheet_id, Objective.label == label)).one()
        for name, value in values.items():
            setattr(objective, name, value)
        session.add(objective)
        session.commit()


@pytest.fixture
def db(workspace) -> str:
    """Camille's sheet is fit to sign; Zoé's weights total 90 % and her satisfaction is unknown."""
    add_sheet(workspace.engine, name="Camille Martin")
    zoe = add_sheet(workspace.engine, name="Zoé Bernard", supplier="Autre EA")
    _change(workspace.engine, zoe, "Satisfaction fournisseurs", manual_actual=None)
    _change(workspace.engine, zoe, "Économies", weight=Decimal(30))
    return str(workspace.path)


def _export(capsys, db: str, out: Path, *options: str) -> tuple[int, str, str]:
    code = main(["--db", db, "export", "sheets", "--year", "2026", "--as-of", "2026-12-31",
                 "--out", str(out), *options])
    printed = capsys.readouterr()
    return code, printed.out, printed.err


def test_a_sheet_not_fit_to_sign_is_refused_with_why_and_nothing_written(db, tmp_path, capsys):
    out = tmp_path / "fiches"

    code, printed, err = _export(capsys, db, out, "--format", "xlsx")

    assert (code, printed) == (1, "")
    assert err.splitlines()[:2] == [
        "Erreur : ces fiches ne sont pas prêtes à signer :",
        "  • Zoé Bernard : les poids totalisent 90,00\u00a0% au lieu de 100\u00a0% ; "
        "réalisé manquant pour « Satisfaction fournisseurs »"]
    assert "Camille Martin" not in err
    assert "Aucun fichier n'a été écrit." in err
    assert "ajoutez --provisoire." in err
    assert not out.exists()


def test_a_script_reads_the_refusal_in_json(db, tmp_path, capsys):
    code, printed, _err = _export(capsys, db, tmp_path / "fiches", "--format", "xlsx", "--json")

    assert code == 1
    assert "réalisé manquant pour « Satisfaction fournisseurs »" in json.loads(printed)["error"]


def test_sheets_fit_to_sign_are_exported_without_the_option(db, tmp_path, capsys):
    code, printed, err = _export(capsys, db, tmp_path, "--format", "xlsx",
                                 "--person", "Camille Martin")

    assert (code, err) == (0, "")
    assert "fiche-objectifs-2026-resultats-camille-martin.xlsx" in printed
    assert "Camille Martin : " in printed
    assert "provisoire" not in printed


def test_targets_mode_still_refuses_weights_that_miss_100(db, tmp_path, capsys):
    code, _printed, err = _export(capsys, db, tmp_path, "--format", "xlsx", "--mode", "targets")

    assert code == 1
    assert "les poids totalisent 90,00\u00a0% au lieu de 100\u00a0%" in err
    assert "réalisé manquant" not in err  # no actual is expected on a targets sheet


def test_provisoire_exports_them_marked_as_the_ui_does(request, db, tmp_path, capsys):
    pytest.importorskip("PySide6.QtWidgets", reason="the PDF is printed through Qt")
    request.getfixturevalue("qapp")
    out = tmp_path / "fiches"

    code, printed, err = _export(capsys, db, out, "--provisoire", "--person", "Zoé Bernard")

    assert (code, err) == (0, "")
    [pdf] = out.glob("*.pdf")
    assert pdf.name in printed
    text = " ".join(pdf_pages(pdf)[0].split())
    assert "Montant provisoire" in text
    assert "Les poids totalisent 90,00 % au lieu de 100 %" in text
    assert "provisoire, fiche à corriger avant signature" in printed  # the summary says so too

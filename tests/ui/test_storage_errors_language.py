"""Errors raised by the storage services read in the UI language, their values filled in."""

from __future__ import annotations

import ast
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from srm_inclusif.core.errors import SrmError
from srm_inclusif.core.numbers import ENGLISH, set_number_style
from srm_inclusif.storage.services import contacts, contracts, objectives, parameters, sheets
from srm_inclusif.storage.services.counterparty_edit import create_counterparty, update_counterparty
from srm_inclusif.storage.services.settings import update_settings
from srm_inclusif.storage.tables import Person
from srm_inclusif.ui.errors import error_text
from srm_inclusif.ui.pages.objectives_page import ObjectivesPage
from tests.support import raised

STORAGE = Path(__file__).resolve().parents[2] / "src" / "srm_inclusif" / "storage"


def _person(workspace, name: str = "Alice") -> int:  # noqa: ANN001
    from sqlmodel import Session

    with Session(workspace.engine) as session:
        person = Person(name=name)
        session.add(person)
        session.commit()
        return person.id or 0


def test_a_missing_contact_is_said_through_the_catalogue(marked, workspace) -> None:
    error = raised(SrmError, contacts.update_contact, workspace.engine, contact_id=404,
                   values={"role": "Achats"})
    assert error_text(error) == "[Errors] Ce contact n'existe plus."
    assert error.message == "Ce contact n'existe plus."  # the command line keeps French


def test_a_missing_contract_names_its_number(marked, workspace) -> None:
    error = raised(SrmError, contracts.get_contract_fields, workspace.engine, 77)
    assert error_text(error) == "[Errors] Contrat introuvable (n° 77)."


def test_an_invalid_organisation_siret_says_why(marked, workspace) -> None:
    error = raised(SrmError, update_settings, workspace.engine, organisation_siret="123 456")
    assert error_text(error) == ("[Errors] [Vocabulary] SIRET de l'organisation invalide : 14 "
                                 "chiffres attendus, 6 saisis.")
    assert error.message == "SIRET de l'organisation invalide : 14 chiffres attendus, 6 saisis."


def test_an_invalid_supplier_siret_is_not_said_as_the_organisations(marked, workspace) -> None:
    created = create_counterparty(workspace.engine, values={"name": "Atelier Vert"})
    error = raised(SrmError, update_counterparty, workspace.engine, counterparty_id=created.id,
                   values={"siret": "12345678901234"})
    bad_key = ("SIRET invalide : ces 14 chiffres ne forment pas un vrai SIRET (un chiffre est "
               "sans doute faux ou inversé). Vérifiez-le sur une facture ou un extrait Kbis.")
    assert error_text(error) == f"[Errors] [Vocabulary] {bad_key}"
    assert error.message == bad_key
    assert error.params["field"] == "siret"


@pytest.mark.parametrize(("organisation_siret", "supplier_siret", "said"), [
    ("123 456", "12345678901234",
     ("Invalid organisation SIRET: 14 digits expected, 6 entered.",
      "Invalid SIRET: these 14 digits do not form a real SIRET (a digit is probably wrong or "
      "swapped). Check it on an invoice or a Kbis extract.")),
    ("1234567890123A", "000000000 00018",
     ("Invalid organisation SIRET: only digits are expected (14 digits).",
      "Invalid SIRET: SIREN 000000000 is a placeholder number, not a real SIRET.")),
])
def test_a_refused_siret_reads_whole_in_english_naming_whose_it_is(
        english, workspace, organisation_siret, supplier_siret, said) -> None:
    organisation = raised(SrmError, update_settings, workspace.engine,
                          organisation_siret=organisation_siret)
    created = create_counterparty(workspace.engine, values={"name": "Atelier Vert"})
    supplier = raised(SrmError, update_counterparty, workspace.engine,
                      counterparty_id=created.id, values={"siret": supplier_siret})
    assert (error_text(organisation), error_text(supplier)) == said


def test_a_second_sheet_for_the_same_year_is_a_rule(marked, workspace) -> None:
    alice = _person(workspace)
    objectives.create_sheet(workspace.engine, year=2026, person_id=alice)
    error = raised(SrmError, objectives.create_sheet, workspace.engine, year=2026, person_id=alice)
    assert error_text(error) == ("[Errors] Une fiche objectifs 2026 existe déjà pour ce "
                                 "titulaire.")
    assert error.params["sheet_id"] > 0


def test_unknown_sheets_are_named(marked, workspace) -> None:
    error = raised(SrmError, sheets.select_owners, workspace.engine, year=2031)
    assert error_text(error) == "[Errors] Aucune fiche objectifs pour l'année 2031."
    objectives.create_sheet(workspace.engine, year=2031, person_id=_person(workspace))
    error = raised(SrmError, sheets.select_owners, workspace.engine, year=2031,
                   names=["Paul Petit", "Zoé"])
    assert error_text(error) == "[Errors] Aucune fiche 2031 pour : Paul Petit, Zoé."
    assert error.params["names"] == ["Paul Petit", "Zoé"]


def test_a_dated_parameter_clash_writes_its_date_as_the_ui_does(marked, workspace) -> None:
    parameters.add_parameter(workspace.engine, name="taux", value="6", valid_from=date(2026, 1, 1))
    error = raised(SrmError, parameters.add_parameter, workspace.engine, name="taux", value="7",
                   valid_from=date(2026, 1, 1))
    assert error_text(error) == "[Errors] « taux » a déjà une valeur au 01/01/2026."
    set_number_style(ENGLISH)  # as the English UI does at startup
    error = raised(SrmError, parameters.parameter_value, workspace.engine, name="taux",
                   on=date(2025, 12, 31))
    assert error_text(error) == ("[Errors] Aucune valeur du paramètre « taux » en vigueur le "
                                 "31 Dec 2025.")
    assert error.params["on"] == date(2025, 12, 31)


@pytest.fixture
def page(qtbot, workspace, ctx):  # noqa: ANN001, ANN201
    """The objectives page of a workspace where Alice has a 2026 sheet and no objective yet."""
    _person(workspace)
    widget = ObjectivesPage(ctx)
    ctx.data_changed.connect(widget.refresh)
    qtbot.addWidget(widget)
    widget.show()
    owner = next(o for o in objectives.list_sheet_owners(ctx.engine) if o.name == "Alice")
    widget.create_sheet(owner, 2026, 0)
    return widget


def _add(page, label: str, weight: str) -> str:  # noqa: ANN001
    """Add an objective weighing ``weight`` %, and return the weights line the page shows."""
    page.add_objective(objectives.ObjectiveInput(
        label=label, indicator="inclusive_spend", target=Decimal(1000), weight=Decimal(weight)))
    return page.view.weights_label.text()


def test_weights_warning_goes_through_the_catalogue_with_ui_numbers(marked, page) -> None:
    set_number_style(ENGLISH)
    _add(page, "A", "40")
    text = _add(page, "B", "32.5")
    assert text.startswith("[Errors] Les poids des objectifs totalisent 72.5 % ")
    assert "il manque 27.5 %" in text


def test_weights_warning_reads_in_english(english, page) -> None:
    _add(page, "A", "60")
    missing = _add(page, "B", "30")
    too_much = _add(page, "C", "12.5")
    assert missing == ("The objectives' weights add up to 90% instead of 100%: 10% is missing. "
                       "Adjust the weights before validating the sheet.")
    assert too_much.startswith("The objectives' weights add up to 102.5% instead of 100%: ")
    assert "2.5% too much" in too_much


def _of_calls(tree: ast.AST):  # noqa: ANN202
    """Every ``SomeError.of(template, …)`` call."""
    for node in ast.walk(tree):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                and node.func.attr == "of" and node.args
                and getattr(node.func.value, "id", "").endswith("Error")):
            yield node


def _marked(node: ast.expr | None, constants: dict[str, ast.expr]) -> bool:
    """Whether every text ``node`` can be is a ``QT_TRANSLATE_NOOP("Errors", …)`` template."""
    if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
            and node.func.attr == "get"):  # TEMPLATES.get(key, DEFAULT)
        return _marked(node.func.value, constants) and len(node.args) == 2 and _marked(
            node.args[1], constants)
    if isinstance(node, ast.Call):
        return (getattr(node.func, "id", "") == "QT_TRANSLATE_NOOP"
                and isinstance(node.args[0], ast.Constant) and node.args[0].value == "Errors")
    if isinstance(node, ast.Name):
        return node.id in constants and _marked(constants[node.id], constants)
    if isinstance(node, ast.IfExp):
        return _marked(node.body, constants) and _marked(node.orelse, constants)
    if isinstance(node, ast.Subscript):  # a table of templates, e.g. NOT_FOUND[model]
        return _marked(node.value, constants)
    if isinstance(node, ast.Dict):
        return all(_marked(value, constants) for value in node.values)
    return False


def _module_constants(tree: ast.Module) -> dict[str, ast.expr]:
    constants: dict[str, ast.expr] = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name):
            constants[node.targets[0].id] = node.value
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value:
            constants[node.target.id] = node.value
    return constants


def test_every_storage_error_template_is_marked_for_the_catalogue() -> None:
    trees = {path: ast.parse(path.read_text(encoding="utf-8"))
             for path in sorted(STORAGE.rglob("*.py"))}
    constants: dict[str, ast.expr] = {}  # templates are shared between modules by name
    for tree in trees.values():
        constants.update(_module_constants(tree))
    calls = [(path.name, call) for path, tree in trees.items() for call in _of_calls(tree)]
    assert [f"{name}:{call.lineno}" for name, call in calls
            if not _marked(call.args[0], constants)] == []
    assert len(calls) > 60  # the walk did find the services' errors


def test_an_unmarked_template_would_be_found() -> None:
    tree = ast.parse('ValidationError.of("Le nom est obligatoire.")\n'
                     'RuleError.of(QT_TRANSLATE_NOOP("Gdpr", "Autre contexte"))\n'
                     'RuleError.of({}.get(key, "Motif inconnu."))')
    assert [_marked(call.args[0], {}) for call in _of_calls(tree)] == [False, False, False]


@pytest.mark.parametrize(("entry", "said"), [
    ({"name": "x" * 251}, "the name must not be longer than 250 characters."),
    ({"name": "Traiteur", "description": "y" * 2001},
     "Client reference “Traiteur”: the description must not be longer than 2,000 characters."),
])
def test_a_too_long_entry_names_its_limit_as_english_writes_it(english, workspace, entry,
                                                                said) -> None:
    created = create_counterparty(workspace.engine, values={"name": "Atelier Vert"})
    error = raised(SrmError, update_counterparty, workspace.engine, counterparty_id=created.id,
                   values={"client_references": [entry]})
    assert error_text(error).endswith(said)

"""Reference data written when a workspace is created: sectors, departments, parameters, criteria.

Written with light table stubs (not the ORM classes) so that the migration that calls it keeps
working when the tables grow later.
"""

from __future__ import annotations

import csv
from datetime import date

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from srm_inclusif.core.vocabulary import DEFAULT_FEEDBACK_CRITERIA
from srm_inclusif.resources import resource_path

#: Dated parameters of DOMAIN.md section 5 (name, value, valid from, note).
DEFAULT_PARAMETERS = (
    ("smic_horaire", "11.65", date(2024, 1, 1), "SMIC horaire brut (€)"),
    ("smic_horaire", "11.88", date(2024, 11, 1), "SMIC horaire brut (€)"),
    ("smic_horaire", "12.02", date(2026, 1, 1), "SMIC horaire brut (€)"),
    ("oeth_taux_emploi", "0.06", date(2020, 1, 1), "Taux d'emploi obligatoire (6 %)"),
    ("oeth_coef_20_249", "400", date(2020, 1, 1), "Coefficient, 20 à 249 salariés"),
    ("oeth_coef_250_749", "500", date(2020, 1, 1), "Coefficient, 250 à 749 salariés"),
    ("oeth_coef_750", "600", date(2020, 1, 1), "Coefficient, 750 salariés et plus"),
    ("oeth_surcontribution", "1500", date(2020, 1, 1), "Surcontribution (× SMIC)"),
    ("oeth_taux_deduction", "0.30", date(2020, 1, 1), "Part déductible du coût de main-d'œuvre"),
    ("oeth_plafond_bas", "0.50", date(2020, 1, 1), "Plafond si taux d'emploi direct < 3 %"),
    ("oeth_plafond_haut", "0.75", date(2020, 1, 1), "Plafond si taux d'emploi direct ≥ 3 %"),
    ("oeth_seuil_plafond", "0.03", date(2020, 1, 1), "Taux d'emploi direct du plafond haut"),
)

_sector = sa.table(
    "sector", sa.column("slug"), sa.column("name"), sa.column("group_slug"),
    sa.column("group_name"),
)
_department = sa.table(
    "department", sa.column("code"), sa.column("name"), sa.column("region_code"),
    sa.column("region_name"),
)
_parameter = sa.table(
    "parameter", sa.column("name"), sa.column("value"), sa.column("valid_from"),
    sa.column("note"),
)
_criterion = sa.table(
    "feedback_criterion", sa.column("key"), sa.column("label"), sa.column("weight"),
    sa.column("position"), sa.column("active"),
)


def seed_reference_data(connection: Connection) -> None:
    """Insert the shipped reference rows into a freshly created schema."""
    connection.execute(sa.insert(_sector), _read_csv("data/sectors.csv", {
        "slug": "sector_slug", "name": "sector_name", "group_slug": "group_slug",
        "group_name": "group_name",
    }))
    connection.execute(sa.insert(_department), _read_csv("data/departements.csv", {
        "code": "department_code", "name": "department_name", "region_code": "region_code",
        "region_name": "region_name",
    }))
    connection.execute(sa.insert(_parameter), [
        {"name": n, "value": v, "valid_from": d, "note": note}
        for n, v, d, note in DEFAULT_PARAMETERS
    ])
    connection.execute(sa.insert(_criterion), [
        {"key": key, "label": label, "weight": weight, "position": i, "active": True}
        for i, (key, label, weight) in enumerate(DEFAULT_FEEDBACK_CRITERIA)
    ])


def _read_csv(relative: str, columns: dict[str, str]) -> list[dict[str, str]]:
    with resource_path(relative).open(encoding="utf-8", newline="") as handle:
        return [{col: row[src] for col, src in columns.items()} for row in csv.DictReader(handle)]

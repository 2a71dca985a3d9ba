"""Charts: drawn series (artists' data), French labels and titles, saved files."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from matplotlib.figure import Figure

from srm_inclusif.charts import lifecycle, save_figure, spend, style
from srm_inclusif.core.dashboard import ContractTitle, DashboardFigures, HoursRow, OwnerProgress
from srm_inclusif.core.errors import ValidationError
from srm_inclusif.core.kpi_facts import Period

PERIOD = Period(date(2026, 1, 1), date(2026, 12, 31))


def figures(**kw) -> DashboardFigures:
    base = {
        "period": PERIOD, "today": date(2026, 7, 1),
        "cumulative": ((date(2026, 2, 1), 1_000_000), (date(2026, 5, 1), 4_000_000)),
        "target_cents": 10_000_000, "by_family": {"insertion": 3_000_000, "handicap": 1_000_000,
                                                  "classic": 6_000_000},
        "by_kind": {"EI": 3_000_000, "ESAT": 1_000_000},
        "share_by_month": {"2026-02": Decimal("25.00"), "2026-05": Decimal("50.00")},
        "quality_by_month": {"2026-03": Decimal("4.20"), "2026-06": Decimal("3.50")},
        "hours": (HoursRow(1, Decimal(400), Decimal(100)),), "inclusive_cents": 4_000_000,
        "total_cents": 10_000_000,
    }
    base.update(kw)
    return DashboardFigures(**base)


def by_gid(ax, gid):
    return next(a for a in ax.get_children() if a.get_gid() == gid)


def test_cumulative_actual_target_and_pace(ax):
    spend.draw_cumulative(ax, figures())
    actual = by_gid(ax, "actual")
    assert list(actual.get_ydata()) == [0.0, 10000.0, 40000.0, 40000.0]
    # flat from the last purchase (1 May) to today, where the pace line starts
    assert list(actual.get_xdata())[-2:] == [date(2026, 5, 1), date(2026, 7, 1)]
    target = by_gid(ax, "target")
    assert list(target.get_ydata()) == [0, 100000.0]
    pace = by_gid(ax, "pace")
    assert list(pace.get_xdata()) == [date(2026, 7, 1), date(2026, 12, 31)]
    assert list(pace.get_ydata()) == [40000.0, 100000.0]
    assert ax.get_title(loc="left") == "Achats inclusifs cumulés"
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert legend[1] == "Objectif (100\u202f000\u00a0€)"
    # 60 000 € still to buy over the 183 days left: 60 000 / 183 × 30.4 = 9 967 € a month.
    assert legend[2] == "Rythme nécessaire (9\u202f967\u00a0€ / mois)"


def test_no_pace_line_once_the_target_is_met(ax):
    spend.draw_cumulative(ax, figures(target_cents=3_000_000))
    assert not [a for a in ax.get_children() if a.get_gid() == "pace"]


def test_family_bars_in_french_with_amount_labels(ax):
    spend.draw_by_family(ax, figures().by_family)
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert labels == ["Insertion", "Handicap", "Classique"]
    assert [p.get_width() for p in ax.patches] == [30000.0, 10000.0, 60000.0]
    assert "60\u202f000\u00a0€" in [t.get_text() for t in ax.texts]


def test_kind_bars_largest_first(ax):
    spend.draw_by_kind(ax, {"ESAT": 1_000_000, "EI": 3_000_000})
    assert [t.get_text() for t in ax.get_yticklabels()] == ["EI", "ESAT"]
    assert [p.get_width() for p in ax.patches] == [30000.0, 10000.0]


def test_share_by_month_in_percent(ax):
    spend.draw_share_by_month(ax, figures().share_by_month)
    assert [p.get_height() for p in ax.patches] == [25.0, 50.0]
    assert [t.get_text() for t in ax.get_xticklabels()] == ["févr.", "mai"]
    assert ax.get_ylabel() == "% des achats HT"


def test_quality_trend(ax):
    lifecycle.draw_quality_trend(ax, figures().quality_by_month)
    assert list(by_gid(ax, "quality").get_ydata()) == [4.2, 3.5]
    assert [t.get_text() for t in ax.texts] == ["4,2", "3,5"]


def test_pipeline_funnel_in_stage_order(ax):
    lifecycle.draw_pipeline(ax, {"contrat_en_cours": 2, "sourcing": 8, "arretee": 1})
    assert [t.get_text() for t in ax.get_yticklabels()] == [
        "Sourcing", "Consultation", "Marché test", "Évaluation", "Contrat en cours"]
    assert [p.get_width() for p in ax.patches] == [8, 0, 0, 0, 2]
    assert "Arrêtées : 1" in [t.get_text() for t in ax.texts]


def test_insertion_hours_planned_and_realised(ax):
    lifecycle.draw_insertion_hours(
        ax, figures().hours, {1: ContractTitle("Envol Nettoyage", "Nettoyage des locaux")})
    assert [p.get_width() for p in ax.patches if p.get_gid() == "planned"] == [400.0]
    assert [p.get_width() for p in ax.patches if p.get_gid() == "realised"] == [100.0]
    assert ax.get_xlabel() == "100 h réalisées sur 400 (25\u00a0%)"
    assert [t.get_text() for t in ax.get_yticklabels()] == ["Envol Nettoyage\nNettoyage des locaux"]


def test_objective_progress_per_person(ax):
    lifecycle.draw_objective_progress(ax, [OwnerProgress("Alice", 1, Decimal("99.0")),
                                           OwnerProgress("Bob", 2, Decimal("120.5")),
                                           OwnerProgress("Chloé", 3, None)])
    assert [t.get_text() for t in ax.get_yticklabels()] == ["Alice", "Bob"]
    assert [p.get_width() for p in ax.patches] == [99.0, 120.5]
    assert list(by_gid(ax, "target-line").get_xdata()) == [100, 100]


def test_empty_charts_say_so(ax):
    spend.draw_by_family(ax, {})
    assert [" ".join(t.get_text().split()) for t in ax.texts if t.get_text()] == [
        "Aucune donnée sur la période",
        "Importez vos fournisseurs et vos dépenses depuis la page Imports / exports."]


def test_french_number_formats():
    assert style.euros(12345) == "12\u202f345\u00a0€"
    assert style.euros_axis(250_000) == "250\u00a0k€"
    assert style.euros_axis(1_500_000) == "1,5\u00a0M€"


@pytest.mark.parametrize(("suffix", "magic"), [
    ("png", b"\x89PNG"), ("svg", b"<?xml"), ("pdf", b"%PDF")])
def test_saved_files(tmp_path, suffix, magic):
    figure = Figure(figsize=(6, 4))
    spend.draw_by_family(figure.add_subplot(), figures().by_family)
    path = save_figure(figure, tmp_path / f"familles.{suffix}")
    assert path.read_bytes().startswith(magic)
    if suffix == "svg":
        assert "Achats par famille" in path.read_text(encoding="utf-8")


def test_unknown_format_refused(tmp_path):
    with pytest.raises(ValidationError):
        save_figure(Figure(), tmp_path / "x.bmp")

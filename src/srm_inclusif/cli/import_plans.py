"""How ``srm-inclusif import`` reads its files: the mapping profile, as the wizard chooses it."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from srm_inclusif.core.errors import SrmError
from srm_inclusif.core.i18n import quoted
from srm_inclusif.exchange.import_profiles import (
    apply_fitting_profile,
    named_profile,
    planned_with_a_profile,
    unused_columns,
)

if TYPE_CHECKING:
    from srm_inclusif.exchange.importer import ImportSettings
    from srm_inclusif.exchange.table_plan import FilePlan
    from srm_inclusif.storage.services.import_records import ImportSummary


def chosen_profile(engine: Any, name: str | None) -> dict[str, str] | None:
    """The mapping of the saved profile ``--profile`` names (case and accents aside), or None."""
    if not name:
        return None
    from srm_inclusif.storage.services.imports import list_mapping_profiles

    profiles = list_mapping_profiles(engine)
    found = named_profile(profiles, name)
    if found is None:
        known = ", ".join(quoted(saved) for saved in profiles) or "aucun"
        raise SrmError(f"Profil de correspondance inconnu : « {name} » "
                       f"(profils enregistrés : {known}).")
    return profiles[found]


def import_planned(engine: Any, args: argparse.Namespace, settings: ImportSettings,
                   ) -> ImportSummary:
    """Plan the files, give them a saved profile as the wizard does, then import them.

    Without ``--profile``, each table gets the first saved profile whose columns it all has,
    said in the summary's notes; a file none of whose columns is known is read with such a
    profile. The text output names the columns left unused (``--json`` gives those read).
    """
    from srm_inclusif.exchange.importer import run_import
    from srm_inclusif.exchange.workdir import import_workdir

    with import_workdir() as workdir:
        plans, applied = _planned(engine, args.files, settings, Path(workdir),
                                  fit=args.profile is None)
        summary = run_import(engine, plans, settings)
    summary.notes[:0] = applied
    if not args.json:
        summary.notes += unused_lines(plans)
    return summary


def _planned(engine: Any, paths: Sequence[Path], settings: ImportSettings, workdir: Path, *,
             fit: bool) -> tuple[list[FilePlan], list[str]]:
    """The plans of the files, and the notes on the profiles applied to them (``fit``)."""
    from srm_inclusif.exchange.importer import plan_files
    from srm_inclusif.exchange.sniff import ImportFormatError
    from srm_inclusif.storage.services.imports import list_mapping_profiles

    if not fit:
        return plan_files(paths, settings, workdir), []
    profiles = list_mapping_profiles(engine, target=settings.target)
    try:
        plans = plan_files(paths, settings, workdir)
    except ImportFormatError as error:
        found = (planned_with_a_profile(
            lambda mapping: plan_files(paths, replace(settings, profile=mapping), workdir),
            profiles) if error.params.get("reason") == "no_header" else None)
        if found is None:
            raise
        plans, name = found
        return plans, _applied_notes({plan.path.name: name for plan in plans}, len(plans))
    names = {plan.path.name: fitted for plan in plans
             if (fitted := apply_fitting_profile(plan, profiles))}
    return plans, _applied_notes(names, len(plans))


def _applied_notes(names: dict[str, str], tables: int) -> list[str]:
    """« Profil « X » appliqué (il correspond aux colonnes du fichier) », per file if several."""
    if tables == 1:
        return [f"Profil « {name} » appliqué (il correspond aux colonnes du fichier)."
                for name in names.values()]
    return [f"Profil « {name} » appliqué à « {file} » (il correspond aux colonnes du fichier)."
            for file, name in names.items()]


def unused_lines(plans: Sequence[FilePlan]) -> list[str]:
    """« Colonnes non importées : « Rue », « Site ». », per file when there are several."""
    lines = []
    for plan in plans:
        unused = unused_columns(plan)
        if unused:
            where = f" de « {plan.path.name} »" if len(plans) > 1 else ""
            lines.append(f"Colonnes non importées{where} : "
                         + ", ".join(f"« {title} »" for title in unused) + ".")
    return lines

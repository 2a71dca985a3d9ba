"""Whose objective sheet it is and who signs it: an employee, a team, or an owner on her own.

The header of a sheet names its holder in words that fit: an employee's « Salarié(e) » and
« Fonction » beside her manager's signature; a team's « Équipe » and « Membres »; the only
person of a workspace (the owner of a small firm) by her name, her role only if she gave one,
and one signature, hers. The exporters word the codes given here: the workbook in French, the
PDF in the UI language.
"""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from srm_inclusif.core.objective_sheet import SheetHeader


class SheetHolder(StrEnum):
    """Who a sheet belongs to."""

    EMPLOYEE = "employee"  # a person among others, whose manager signs too
    TEAM = "team"
    SOLE = "sole"  # the workspace's only person: no employee, no manager


class HeaderField(StrEnum):
    """A line of a sheet's header, before its value."""

    ORGANISATION = "organisation"
    EMPLOYEE = "employee"  # « Salarié(e) »
    NAME = "name"  # « Nom », the workspace's only person
    ROLE = "role"  # « Fonction »
    TEAM = "team"  # « Équipe »
    MEMBERS = "members"  # « Membres », a team's people


class Signatory(StrEnum):
    """Who signs a sheet, one box each."""

    EMPLOYEE = "employee"  # « Le salarié / la salariée »
    MANAGER = "manager"  # « Le manager »
    TEAM = "team"  # « Pour l'équipe »
    RESPONSIBLE = "responsible"  # « Le / la responsable »


def header_fields(header: SheetHeader) -> list[tuple[HeaderField, str]]:
    """The header's lines in order, at most four, each with its value."""
    lines = [(HeaderField.ORGANISATION, header.organisation)]
    if header.holder is SheetHolder.TEAM:
        lines.append((HeaderField.TEAM, header.person_name))
        if header.members:
            lines.append((HeaderField.MEMBERS, ", ".join(header.members)))
        return lines
    if header.holder is SheetHolder.SOLE:
        lines.append((HeaderField.NAME, header.person_name))
        lines += [(field, value) for field, value in (
            (HeaderField.ROLE, header.role), (HeaderField.TEAM, header.team or "")) if value]
        return lines
    return lines + [(HeaderField.EMPLOYEE, header.person_name), (HeaderField.ROLE, header.role),
                    (HeaderField.TEAM, header.team or "—")]


def signatories(header: SheetHeader) -> tuple[Signatory, ...]:
    """Who signs the sheet, left to right."""
    if header.holder is SheetHolder.SOLE:
        return (Signatory.RESPONSIBLE,)
    first = Signatory.TEAM if header.holder is SheetHolder.TEAM else Signatory.EMPLOYEE
    return (first, Signatory.MANAGER)

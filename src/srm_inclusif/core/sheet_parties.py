"""Whose objective sheet it is and who signs it: an employee or a team.

The header of a sheet names its holder in words that fit: an employee's « Salarié(e) » and
« Fonction » beside her manager's signature; a team's « Équipe » and « Membres ». The exporters
word the codes given here: the workbook in French, the PDF in the UI language.
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


class HeaderField(StrEnum):
    """A line of a sheet's header, before its value."""

    ORGANISATION = "organisation"
    EMPLOYEE = "employee"  # « Salarié(e) »
    ROLE = "role"  # « Fonction »
    TEAM = "team"  # « Équipe »
    MEMBERS = "members"  # « Membres », a team's people


class Signatory(StrEnum):
    """Who signs a sheet, one box each."""

    EMPLOYEE = "employee"  # « Le salarié / la salariée »
    MANAGER = "manager"  # « Le manager »
    TEAM = "team"  # « Pour l'équipe »


def header_fields(header: SheetHeader) -> list[tuple[HeaderField, str]]:
    """The header's lines in order, at most four, each with its value."""
    lines = [(HeaderField.ORGANISATION, header.organisation)]
    if header.holder is SheetHolder.TEAM:
        lines.append((HeaderField.TEAM, header.person_name))
        if header.members:
            lines.append((HeaderField.MEMBERS, ", ".join(header.members)))
        return lines
    return lines + [(HeaderField.EMPLOYEE, header.person_name), (HeaderField.ROLE, header.role),
                    (HeaderField.TEAM, header.team or "—")]


def signatories(header: SheetHeader) -> tuple[Signatory, ...]:
    """Who signs the sheet, left to right."""
    first = Signatory.TEAM if header.holder is SheetHolder.TEAM else Signatory.EMPLOYEE
    return (first, Signatory.MANAGER)

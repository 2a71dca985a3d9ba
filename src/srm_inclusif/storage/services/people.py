"""People of the user's organisation (buyers, commercials) and teams: list, add, edit, retire.

A person is never deleted once something is at her name (an objective sheet, a relationship, an
action, a need, a spend line, a feedback): she is deactivated instead, and keeps it all. A team
that owns objective sheets cannot be deleted (its sheets would go with it); its members are
detached, and get their team back on undo.

Undo pairs: ``add_person`` / ``delete_person``; ``update_person`` / ``update_person`` with the
values of ``person_values``; ``set_person_active`` with the opposite flag; ``add_team`` /
``delete_team``; ``rename_team`` / ``rename_team``; ``delete_team`` / ``restore_team`` with the
``snapshot_team`` taken before.

The buyers a spend file names are found by ``buyer_names.PeopleByName``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import func
from sqlalchemy import select as sql_select  # five columns: more than sqlmodel's select types
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.sql.selectable import ScalarSelect
from sqlmodel import Session, col, select

from srm_inclusif.core.errors import NotFoundError, RuleError, ValidationError
from srm_inclusif.core.i18n import QT_TRANSLATE_NOOP
from srm_inclusif.core.kinds import fold
from srm_inclusif.core.normalise import normalise_email
from srm_inclusif.storage.changes import Changes
from srm_inclusif.storage.services.counterparty_edit import INVALID_EMAIL, Created
from srm_inclusif.storage.tables import (
    ActionItem,
    Feedback,
    Need,
    ObjectiveSheet,
    Person,
    Relationship,
    SpendLine,
    Team,
)

#: The longest name of a person or a team (the column's size).
NAME_MAX = 120
PERSON_GONE = QT_TRANSLATE_NOOP("Errors", "Cette personne n'existe plus.")
TEAM_GONE = QT_TRANSLATE_NOOP("Errors", "Cette équipe n'existe plus.")
PERSON_NAME_REQUIRED = QT_TRANSLATE_NOOP("Errors", "Nom de la personne : obligatoire.")
TEAM_NAME_REQUIRED = QT_TRANSLATE_NOOP("Errors", "Nom de l'équipe : obligatoire.")
NAME_TOO_LONG = QT_TRANSLATE_NOOP(
    "Errors", "Nom « {name} » : {length} caractères, {limit} au plus.")
ROLE_TOO_LONG = QT_TRANSLATE_NOOP(
    "Errors", "Fonction « {role} » : {length} caractères, {limit} au plus.")
PERSON_NAME_TAKEN = QT_TRANSLATE_NOOP(
    "Errors", "Nom de la personne : « {name} » est déjà dans l'organisation.")
INACTIVE_NAME_TAKEN = QT_TRANSLATE_NOOP(
    "Errors", "Nom de la personne : une personne désactivée s'appelle déjà « {name} ». Cochez "
    "« Afficher les personnes inactives » et réactivez-la.")
TEAM_NAME_TAKEN = QT_TRANSLATE_NOOP(
    "Errors", "Nom de l'équipe : une équipe s'appelle déjà « {name} ».")
PERSON_IN_USE = QT_TRANSLATE_NOOP(
    "Errors", "La personne « {name} » ne peut pas être supprimée : à son nom, fiches "
    "objectifs : {sheets} ; relations suivies : {relationships} ; autres enregistrements "
    "(actions, besoins, dépenses, retours d'expérience) : {others}. Désactivez-la plutôt : elle "
    "garde tout ce qui est à son nom mais n'est plus proposée.")
TEAM_HAS_SHEETS = QT_TRANSLATE_NOOP(
    "Errors", "L'équipe « {name} » ne peut pas être supprimée : ses fiches objectifs "
    "({years}) seraient supprimées avec elle. Supprimez d'abord ces fiches dans la page "
    "Objectifs, ou renommez l'équipe.")


@dataclass(frozen=True)
class PersonRow:
    """A person with the name of their team."""

    id: int
    name: str
    role: str
    team_name: str | None
    email: str | None = None
    team_id: int | None = None
    active: bool = True


@dataclass(frozen=True)
class PersonInput:
    """What the user types for a person: name, role (fonction), e-mail and team."""

    name: str
    role: str = ""
    email: str | None = None
    team_id: int | None = None


@dataclass(frozen=True)
class TeamRow:
    """A team with how many active and inactive people and objective sheets it has."""

    id: int
    name: str
    members: int  # active people
    sheets: int
    inactive_members: int = 0


@dataclass(frozen=True)
class TeamSnapshot:
    """A team and its members, taken before a deletion (for undo)."""

    id: int
    name: str
    member_ids: tuple[int, ...]


# --- reads -----------------------------------------------------------------------------------

def list_people(engine: Engine, *, active_only: bool = True) -> list[PersonRow]:
    """People of the organisation by name."""
    query = select(Person, Team.name).outerjoin(
        Team, col(Team.id) == Person.team_id
    ).order_by(func.lower(Person.name))
    if active_only:
        query = query.where(Person.active)
    with Session(engine) as session:
        return [PersonRow(p.id or 0, p.name, p.role, team, p.email, p.team_id, p.active)
                for p, team in session.exec(query)]


def people_with(engine: Engine, person_id: int | None) -> list[PersonRow]:
    """The active people, and ``person_id`` even if deactivated.

    The choices of a record at her name (a purchase, an action): saving it keeps her.
    """
    people = list_people(engine)
    if person_id is None or any(person.id == person_id for person in people):
        return people
    return people + [person for person in list_people(engine, active_only=False)
                     if person.id == person_id]


def only_active_person(source: Engine | Connection | Session) -> int | None:
    """The workspace's only active person, None when it has none or several.

    The owner of a small firm, alone in her workspace: the buyer of the purchases imported or
    typed without one, the owner proposed for a relationship or a need, the « chef
    d'entreprise » of her objective sheet. Deactivated people do not count, even when a form
    lists one (the buyer of a purchase kept on its line). ``source``: an engine, or the
    connection or session of a transaction under way.
    """
    query = select(Person.id).where(Person.active).limit(2)
    if isinstance(source, Session):
        found = list(source.exec(query))
    elif isinstance(source, Connection):
        found = list(source.execute(query).scalars())
    else:
        with source.connect() as connection:
            found = list(connection.execute(query).scalars())
    return found[0] if len(found) == 1 else None


def sole_active(people: Iterable[PersonRow]) -> int | None:
    """``only_active_person`` for a list of the workspace's people already read."""
    active = [person.id for person in people if person.active]
    return active[0] if len(active) == 1 else None


def find_person(engine: Engine, name: str, *, active_only: bool) -> PersonRow | None:
    """The person called ``name``, case and accents aside (« lea roux » finds Léa Roux)."""
    wanted = fold(name)
    return next((person for person in list_people(engine, active_only=active_only)
                 if fold(person.name) == wanted), None)


def find_team(engine: Engine, name: str) -> TeamRow | None:
    """The team called ``name``, case and accents aside."""
    wanted = fold(name)
    return next((team for team in list_teams(engine) if fold(team.name) == wanted), None)


def list_teams(engine: Engine) -> list[TeamRow]:
    """Teams by name, with their numbers of active members, objective sheets, inactive members."""
    sheets = (select(func.count()).where(ObjectiveSheet.team_id == Team.id)
              .correlate(Team).scalar_subquery())
    query = sql_select(col(Team.id), col(Team.name), _members(active=True), sheets,
                       _members(active=False)).order_by(func.lower(Team.name))
    with Session(engine) as session:
        return [TeamRow(*row) for row in session.execute(query)]


def _members(*, active: bool) -> ScalarSelect[int]:
    """How many active (or inactive) people a team of the outer query has."""
    return (select(func.count()).where(Person.team_id == Team.id, col(Person.active) == active)
            .correlate(Team).scalar_subquery())


def person_values(engine: Engine, *, person_id: int) -> PersonInput:
    """A person's current values (kept before an edit, for undo)."""
    with Session(engine) as session:
        person = _person(session, person_id)
        return PersonInput(person.name, person.role, person.email, person.team_id)


# --- people ----------------------------------------------------------------------------------

def add_person(engine: Engine, *, values: PersonInput, person_id: int | None = None) -> Created:
    """Add an active person (``person_id`` to re-create one with the same id, on redo)."""
    with Session(engine) as session:
        person = Person(id=person_id, name="")
        _write(session, person, values)
        session.add(person)
        session.commit()
        return Created(person.id or 0, Changes(people=True))


def update_person(engine: Engine, *, person_id: int, values: PersonInput) -> Changes:
    """Change a person's name, role, e-mail and team."""
    with Session(engine) as session:
        _write(session, _person(session, person_id), values)
        session.commit()
        return _shown_with(session, person_id)


def set_person_active(engine: Engine, *, person_id: int, active: bool) -> Changes:
    """Deactivate a person (no longer offered; keeps what is at her name) or reactivate her."""
    with Session(engine) as session:
        person = _person(session, person_id)
        person.active = active
        session.add(person)
        session.commit()
        return _shown_with(session, person_id)


def delete_person(engine: Engine, *, person_id: int) -> Changes:
    """Remove a person nothing is at the name of (the undo of an addition); else say what is."""
    with Session(engine) as session:
        person = _person(session, person_id)
        uses = person_uses(session, person_id)
        if any(uses.values()):
            sheets, relationships = uses.pop("sheets"), uses.pop("relationships")
            raise RuleError.of(PERSON_IN_USE, name=person.name, sheets=sheets,
                               relationships=relationships, others=sum(uses.values()))
        session.delete(person)
        session.commit()
    return Changes(people=True)


def person_uses(session: Session, person_id: int) -> dict[str, int]:
    """How many records of each kind are at a person's name."""
    columns = {
        "sheets": ObjectiveSheet.person_id, "relationships": Relationship.person_id,
        "actions": ActionItem.owner_id, "needs": Need.owner_id, "spend": SpendLine.person_id,
        "feedback": Feedback.author_person_id,
    }
    return {kind: session.exec(select(func.count()).where(column == person_id)).one()
            for kind, column in columns.items()}


def _person(session: Session, person_id: int) -> Person:
    person = session.get(Person, person_id)
    if person is None:
        raise NotFoundError.of(PERSON_GONE, person_id=person_id)
    return person


def _write(session: Session, person: Person, values: PersonInput) -> None:
    """Check ``values`` and put them on ``person``; each refusal names its field."""
    name = _checked_name(values.name, of_team=False)
    clash = _name_clash(session, name, person.id)
    if clash is not None:
        raise RuleError.of(PERSON_NAME_TAKEN if clash.active else INACTIVE_NAME_TAKEN,
                           field="name", name=clash.name)
    role = " ".join(values.role.split())
    if len(role) > NAME_MAX:
        raise ValidationError.of(ROLE_TOO_LONG, field="role", role=role, length=len(role),
                                 limit=NAME_MAX)
    email, valid = normalise_email(values.email)
    if not valid:
        raise ValidationError.of(INVALID_EMAIL, field="email", email=values.email)
    if values.team_id is not None and session.get(Team, values.team_id) is None:
        raise NotFoundError.of(TEAM_GONE, field="team", team_id=values.team_id)
    person.name, person.role, person.email, person.team_id = name, role, email, values.team_id


def _checked_name(raw: str, *, of_team: bool) -> str:
    name = " ".join(raw.split())
    if not name:
        raise ValidationError.of(TEAM_NAME_REQUIRED if of_team else PERSON_NAME_REQUIRED,
                                 field="name")
    if len(name) > NAME_MAX:
        raise ValidationError.of(NAME_TOO_LONG, field="name", name=name, length=len(name),
                                 limit=NAME_MAX)
    return name


def _name_clash(session: Session, name: str, person_id: int | None) -> Person | None:
    """Another person of the same name (accents and case aside): lists could not tell them apart."""
    query = select(Person).where(Person.id != person_id) if person_id else select(Person)
    return next((p for p in session.exec(query) if fold(p.name) == fold(name)), None)


def _shown_with(session: Session, person_id: int) -> Changes:
    """What shows a person's name: her sheets, relationships and actions."""
    sheets = session.exec(select(ObjectiveSheet.id).where(ObjectiveSheet.person_id == person_id))
    relationships = session.exec(select(Relationship.id)
                                 .where(Relationship.person_id == person_id))
    actions = session.exec(select(ActionItem.id).where(ActionItem.owner_id == person_id))
    return Changes(people=True, objectives={-(i or 0) for i in sheets},
                   relationships={i for i in relationships if i},
                   actions={i for i in actions if i})


# --- teams -----------------------------------------------------------------------------------

def add_team(engine: Engine, *, name: str, team_id: int | None = None) -> Created:
    """Add a team (``team_id`` to re-create one with the same id, on redo or undo)."""
    with Session(engine) as session:
        team = Team(id=team_id, name=_team_name(session, name, team_id))
        session.add(team)
        session.commit()
        return Created(team.id or 0, Changes(people=True))


def rename_team(engine: Engine, *, team_id: int, name: str) -> Changes:
    """Give a team another name."""
    with Session(engine) as session:
        team = _team(session, team_id)
        team.name = _team_name(session, name, team_id)
        session.add(team)
        session.commit()
        sheets = session.exec(select(ObjectiveSheet.id).where(ObjectiveSheet.team_id == team_id))
        return Changes(people=True, objectives={-(i or 0) for i in sheets})


def snapshot_team(engine: Engine, *, team_id: int) -> TeamSnapshot:
    """A team and its members (taken before a deletion, for ``restore_team``)."""
    with Session(engine) as session:
        team = _team(session, team_id)
        members = session.exec(select(Person.id).where(Person.team_id == team_id)
                               .order_by(col(Person.id)))
        return TeamSnapshot(team_id, team.name, tuple(i for i in members if i))


def delete_team(engine: Engine, *, team_id: int) -> Changes:
    """Remove a team without objective sheets; its members are left without a team."""
    with Session(engine) as session:
        team = _team(session, team_id)
        years = sorted(session.exec(select(ObjectiveSheet.year)
                                    .where(ObjectiveSheet.team_id == team_id)))
        if years:
            raise RuleError.of(TEAM_HAS_SHEETS, name=team.name,
                               years=", ".join(map(str, years)))
        members = session.exec(select(Person).where(Person.team_id == team_id)).all()
        for person in members:
            person.team_id = None
            session.add(person)
        session.delete(team)
        session.commit()
    return Changes(people=True)


def restore_team(engine: Engine, *, snapshot: TeamSnapshot) -> Changes:
    """Re-create a deleted team with its id and name, its members back in it."""
    with Session(engine) as session:
        session.add(Team(id=snapshot.id, name=_team_name(session, snapshot.name, None)))
        for person_id in snapshot.member_ids:
            person = session.get(Person, person_id)
            if person is not None:
                person.team_id = snapshot.id
                session.add(person)
        session.commit()
    return Changes(people=True)


def _team(session: Session, team_id: int) -> Team:
    team = session.get(Team, team_id)
    if team is None:
        raise NotFoundError.of(TEAM_GONE, team_id=team_id)
    return team


def _team_name(session: Session, raw: str, team_id: int | None) -> str:
    """The cleaned name, refused when empty, too long or another team's."""
    name = _checked_name(raw, of_team=True)
    others = session.exec(select(Team).where(Team.id != team_id) if team_id else select(Team))
    clash = next((t for t in others if fold(t.name) == fold(name)), None)
    if clash is not None:
        raise RuleError.of(TEAM_NAME_TAKEN, field="name", name=clash.name)
    return name

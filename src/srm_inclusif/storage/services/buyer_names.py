"""The people a spend file names as its buyers: found by name or e-mail, or added on request."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import insert as sql_insert
from sqlalchemy import select as sql_select
from sqlalchemy.engine import Connection
from sqlmodel import col

from srm_inclusif.core.display_case import display_case
from srm_inclusif.core.kinds import fold
from srm_inclusif.core.normalise import normalise_email
from srm_inclusif.storage.tables import Person


class PeopleByName:
    """The workspace's people, retired too, as the « Acheteur » of a spend file names them.

    By name, whatever its case, accents and spacing (« sophie  LEFEVRE »), or by e-mail address
    (the login an ERP gives as its buyer). A name as written comes first; else its words in
    any order, when they are one person's only (« FONTAINE Claire » is Claire Fontaine).
    """

    def __init__(self, people: Iterable[tuple[int, str, str | None]]) -> None:
        self._by_key: dict[str, tuple[int, str]] = {}
        #: The words of each name, sorted → the one person they name (None: several do).
        self._by_words: dict[str, tuple[int, str] | None] = {}
        for person in people:
            self.add(*person)

    def find(self, name: str) -> tuple[int, str] | None:
        """(id, name as stored) of the person ``name`` stands for; None for nobody."""
        key = _written_key(name)
        found = self._by_key.get(key)
        if found is None and not key.startswith("@"):
            return self._by_words.get(_words_key(key))
        return found

    def add(self, person_id: int, name: str, email: str | None) -> None:
        """Know a person added since the workspace's people were read."""
        key = _written_key(name)
        self._by_key[key] = (person_id, name)
        if not key.startswith("@"):  # a name: its words in another order name her too
            words = _words_key(key)
            known = self._by_words.get(words, (person_id, name))
            same = known is not None and known[0] == person_id
            self._by_words[words] = (person_id, name) if same else None
        if email:
            self._by_key[_written_key(email)] = (person_id, name)


def person_key(text: str) -> str:
    """How a buyer the workspace lacks is told apart: an e-mail address, else her name's words.

    In any order, case and accents: « DUPONT Marie » and « Marie Dupont » are one person.
    """
    key = _written_key(text)
    return key if key.startswith("@") else _words_key(key)


def _written_key(text: str) -> str:
    """An e-mail address as written (any case), a name folded, its words in their order."""
    text = text.strip()
    return f"@{text.lower()}" if "@" in text else fold(text)


def _words_key(folded: str) -> str:
    """A folded name's words in alphabetical order: « fontaine claire » → « claire fontaine »."""
    return " ".join(sorted(folded.split()))


def person_name(written: str) -> str:
    """A person's name as the workspace writes its people, from a file's « NOM Prénom ».

    The surname in capitals, before or after the first names, comes last, title-cased:
    « DUPONT Marie » → « Marie Dupont », « Jean-Luc LE GALL » → « Jean-Luc Le Gall » (as
    ``display_case`` writes the names of the registers' structures). A
    name without such a surname (« Marie Dupont », « MARIE DUPONT »), or an e-mail address,
    is kept as written.
    """
    words = written.split()
    capitals = [_is_capitals(word) for word in words]
    cut = _surname_cut(capitals)
    if "@" in written or cut is None:
        return written.strip()
    surname, first = (words[:cut], words[cut:]) if capitals[0] else (words[cut:], words[:cut])
    return " ".join([*first, display_case(" ".join(surname)) or ""])


def _is_capitals(word: str) -> bool:
    """A word written in capitals (« DUPONT », « D'ALMEIDA »), not an initial (« J. »)."""
    letters = [char for char in word if char.isalpha()]
    return len(letters) > 1 and all(char.isupper() for char in letters)


def _surname_cut(capitals: list[bool]) -> int | None:
    """Where the words in capitals end (or start): None unless both kinds are there, apart."""
    if not capitals or all(capitals) or not any(capitals):
        return None
    cut = capitals.index(not capitals[0])
    return cut if all(flag is not capitals[0] for flag in capitals[cut:]) else None


def insert_named_person(connection: Connection, name: str,
                        role: str) -> tuple[int, str, str | None]:
    """Add, in a transaction under way, the person a spend file names: id, name and e-mail.

    Named by an e-mail address (an ERP's login), that address is her name and her e-mail;
    named « DUPONT Marie », she is Marie Dupont, as the other people of the workspace.
    """
    name = person_name(name.strip())
    email, valid = normalise_email(name) if "@" in name else (None, False)
    email = email if valid else None
    result = connection.execute(sql_insert(Person).values(
        name=name, role=role, email=email, active=True))
    key = result.inserted_primary_key
    assert key is not None  # a plain INSERT of one row always returns its key
    return int(key[0]), name, email


def people_by_name(connection: Connection) -> PeopleByName:
    """Every person of the workspace, to match the buyers named by a spend file."""
    rows = connection.execute(sql_select(col(Person.id), col(Person.name), col(Person.email)))
    return PeopleByName((person_id or 0, name, email) for person_id, name, email in rows)

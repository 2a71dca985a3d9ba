"""What a write changed, so that each view refreshes only what it shows."""

from __future__ import annotations

from dataclasses import dataclass, field, fields


@dataclass
class Changes:
    """Ids touched by a write, per kind of record; flags for whole areas."""

    counterparties: set[int] = field(default_factory=set)
    contacts: set[int] = field(default_factory=set)
    relationships: set[int] = field(default_factory=set)
    contracts: set[int] = field(default_factory=set)
    feedback: set[int] = field(default_factory=set)
    actions: set[int] = field(default_factory=set)
    spend: set[int] = field(default_factory=set)
    objectives: set[int] = field(default_factory=set)
    needs: set[int] = field(default_factory=set)
    imports: set[int] = field(default_factory=set)
    #: people or teams added, renamed, (de)activated or removed: the lists that offer them
    people: bool = False
    settings: bool = False
    parameters: bool = False
    reminders: bool = False
    #: the Fournisseurs page's saved searches (their combo box)
    saved_searches: bool = False
    everything: bool = False

    def __or__(self, other: Changes) -> Changes:
        merged = Changes()
        for f in fields(self):
            mine, theirs = getattr(self, f.name), getattr(other, f.name)
            setattr(merged, f.name, mine | theirs)
        return merged

    def __bool__(self) -> bool:
        return any(getattr(self, f.name) for f in fields(self))

    def touches(self, *names: str) -> bool:
        """True when any of the named areas changed (or everything did)."""
        return self.everything or any(getattr(self, name) for name in names)

    @classmethod
    def all(cls) -> Changes:
        """Everything may have changed (a new workspace, a big import)."""
        return cls(everything=True)

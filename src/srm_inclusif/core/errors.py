"""Typed domain errors: a stable code plus parameters, turned into French text by the UI or CLI."""

from __future__ import annotations

from typing import Any, Self


class SrmError(Exception):
    """Base error carrying a machine code, parameters and a default French message."""

    code = "error"
    #: The French text with ``{named}`` fields the message was made from, if any (see ``of``).
    template: str | None = None

    def __init__(self, message: str, /, **params: Any) -> None:
        super().__init__(message)
        self.message = message
        self.params = params

    @classmethod
    def of(cls, template: str, /, **params: Any) -> Self:
        """An error whose message is ``template`` filled in with ``params``.

        Mark the template with ``QT_TRANSLATE_NOOP("Errors", ...)``: the UI shows it in its
        language, the CLI in French.
        """
        error = cls(template.format(**params), **params)
        error.template = template
        return error

    def __str__(self) -> str:
        return self.message


class ValidationError(SrmError):
    """A value given by the user or a file does not satisfy a rule."""

    code = "validation"


class RuleError(SrmError):
    """An operation breaks a business rule (e.g. a stage change without its prerequisite)."""

    code = "rule"


class NotFoundError(SrmError):
    """A record the operation needs does not exist."""

    code = "not_found"


class Cancelled(SrmError):  # noqa: N818 — a user choice, not an error
    """The user cancelled a long operation; nothing was written."""

    code = "cancelled"

    def __init__(self, message: str = "Opération annulée ; rien n'a été modifié.", /) -> None:
        super().__init__(message)


class StorageError(SrmError):
    """The workspace file could not be read or written: read-only, disk full, locked, gone.

    ``params["reason"]`` says which (``read_only``, ``disk_full``, ``locked``, ``unreachable``);
    the operation was rolled back, so nothing was changed.
    """

    code = "storage"

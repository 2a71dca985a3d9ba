"""A tiny evaluator for the few Excel functions the sheet formulas use (tests only).

openpyxl writes formulas without computing them; this lets tests check what Excel would show.
Supported: numbers, text, cell references and ranges, + - * / & comparisons, IF (lazy), AND,
OR, MIN, SUM, COUNT, ROUND.
"""

from __future__ import annotations

from typing import Any

from openpyxl.formula.tokenizer import Tokenizer
from openpyxl.utils.cell import range_boundaries
from openpyxl.worksheet.worksheet import Worksheet

_OPERATORS = {"=": "==", "<>": "!=", "&": "+"}


def evaluate(sheet: Worksheet, ref: str) -> Any:
    """The value Excel would show in ``ref`` ("" for an empty cell)."""
    value = sheet[ref].value
    if isinstance(value, str) and sheet[ref].data_type == "f":
        scope = {"__builtins__": {}, **_functions(sheet)}
        return eval(_to_python(value), scope)  # noqa: S307
    return "" if value is None else value


def _to_python(formula: str) -> str:
    parts: list[str] = []
    stack: list[str] = []
    for token in Tokenizer(formula).items:
        if token.type == "FUNC" and token.subtype == "OPEN":
            name = token.value[:-1].upper()
            stack.append(name)
            parts.append(f"_{name}(lambda: " if name == "IF" else f"_{name}(")
        elif token.type == "FUNC":
            stack.pop()
            parts.append(")")
        elif token.type == "SEP":
            parts.append(", lambda: " if stack and stack[-1] == "IF" else ", ")
        elif token.type == "OPERAND" and token.subtype == "RANGE":
            parts.append(f"_ref({token.value!r})")
        elif token.type == "OPERAND" and token.subtype == "TEXT":
            parts.append(repr(token.value[1:-1].replace('""', '"')))
        elif token.type.startswith("OPERATOR"):
            parts.append(f" {_OPERATORS.get(token.value, token.value)} ")
        else:
            parts.append(token.value)
    return "".join(parts)


def _functions(sheet: Worksheet) -> dict[str, Any]:
    def ref(text: str) -> Any:
        if ":" not in text:
            return evaluate(sheet, text.replace("$", ""))
        min_col, min_row, max_col, max_row = range_boundaries(text)
        return [evaluate(sheet, sheet.cell(r, c).coordinate)
                for r in range(min_row, max_row + 1) for c in range(min_col, max_col + 1)]

    def numbers(values: tuple[Any, ...]) -> list[float]:
        flat = [v for x in values for v in (x if isinstance(x, list) else [x])]
        return [v for v in flat if isinstance(v, int | float) and not isinstance(v, bool)]

    return {
        "_ref": ref,
        "_IF": lambda cond, yes, no=lambda: False: yes() if cond() else no(),
        "_AND": lambda *xs: all(xs),
        "_OR": lambda *xs: any(xs),
        "_MIN": lambda *xs: min(numbers(xs)),
        "_SUM": lambda *xs: sum(numbers(xs)),
        "_COUNT": lambda *xs: len(numbers(xs)),
        "_ROUND": lambda x, n: round(x, int(n)),
    }

"""CSV that Swedish Excel opens as it is: UTF-8 with BOM, ``;`` between cells, one header row.

Dates are ISO (2026-11-26); decimals use a comma in Swedish, a point in English. Cells that are
text are protected against CSV (formula) injection as OWASP recommends:

    A text cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return — after
    any number of leading single quotes — gets one extra ``'`` in front.

A reader gets the exact value back by removing one leading ``'`` when what follows is zero or more
``'`` and then one of those characters (:func:`restore`); Excel and LibreOffice show the value as
text. Numbers (counts, minutes, scores, percentages) are written as numbers and never touched.
Line breaks inside a cell are kept and the cell quoted (the csv module does this).

Writing streams to a temporary file next to the target and renames it only when complete, so a
failure or a cancel never leaves a partial file and never touches an existing one.
"""

from __future__ import annotations

import csv
import io
import re

from pathlib import Path
from typing import Iterable, TextIO

from kbtdesk.core.reports import Cancelled, IsCancelled, Progress, Report, cell_text
from kbtdesk.core.text import Message, Translate, untranslated
from kbtdesk.db.files import replacing

BOM = "\ufeff"
SEPARATOR = ";"
TRIGGERS = "=+-@\t\r"
_NEEDS_QUOTE = re.compile(r"^'*[=+\-@\t\r]")
_QUOTED = re.compile(r"^'+[=+\-@\t\r]")
#: Rows between two progress reports / cancel checks while writing.
STEP = 2000


def neutralise(value: str) -> str:
    """The text with one ``'`` in front when a spreadsheet could read it as a formula."""
    return "'" + value if _NEEDS_QUOTE.match(value) else value


def restore(cell: str) -> str:
    """What :func:`neutralise` was given: drop one leading ``'`` before a trigger character."""
    return cell[1:] if _QUOTED.match(cell) else cell


def _cell(value, translate: Translate, lang: str) -> str:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return cell_text(value, translate, lang)
    return neutralise(cell_text(value, translate, lang))


def _converter(translate: Translate, lang: str):
    """`_cell` with the common cases first: text (checked for a trigger only when its first
    character could be one), then whole numbers; messages are rendered once per distinct message."""
    rendered: dict = {}
    first_chars = set(TRIGGERS + "'")

    def convert(value) -> str:
        kind = type(value)
        if kind is str:
            return neutralise(value) if value and value[0] in first_chars else value
        if value is None:
            return ""
        if kind is int:
            return str(value)
        if kind is Message:
            # By identity (a Message with parameters holds a dict: not hashable); the entry keeps
            # the message alive so that its id is not reused while this file is written.
            seen = rendered.get(id(value))
            if seen is None:
                seen = rendered[id(value)] = (value, neutralise(value.render(translate)))
            return seen[1]
        return _cell(value, translate, lang)

    return convert


def rows(report: Report, translate: Translate = untranslated) -> Iterable[list[str]]:
    """The header row, then the data rows, as the strings that go into the file."""
    table = report.csv_table
    yield [neutralise(column.title.render(translate)) for column in table.columns]
    convert = _converter(translate, report.lang)
    for row in table.rows:
        yield list(map(convert, row))


def _write(handle: TextIO, report: Report, translate: Translate,
           progress: Progress | None, cancelled: IsCancelled | None) -> None:
    writer = csv.writer(handle, delimiter=SEPARATOR, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    total = len(report.csv_table.rows)
    handle.write(BOM)
    for n, row in enumerate(rows(report, translate)):
        if n % STEP == 0:
            if cancelled is not None and cancelled():
                raise Cancelled()
            if progress is not None:
                progress(max(0, n - 1), total)
        writer.writerow(row)
    if progress is not None:
        progress(total, total)


def to_csv(report: Report, translate: Translate = untranslated) -> str:
    """The whole CSV as text, BOM first."""
    buffer = io.StringIO(newline="")
    _write(buffer, report, translate, None, None)
    return buffer.getvalue()


def write_csv(report: Report, path: Path, translate: Translate = untranslated,
              progress: Progress | None = None, cancelled: IsCancelled | None = None) -> None:
    """Write the CSV to `path` atomically; OSError (folder missing, read-only) leaves `path` as it was."""
    with replacing(path) as tmp:
        with open(tmp, "w", encoding="utf-8", newline="") as handle:
            _write(handle, report, translate, progress, cancelled)

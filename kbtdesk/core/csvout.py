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
failure or a cancel never leaves a partial file and never touches an existing one. Cells are
converted column by column and lines joined from cells as the csv module quotes them (asked once
per distinct cell that needs quoting): the same bytes as `csv.writer` line by line, several times
faster on a large registration list (tests/core/test_export_fast_paths.py holds the two together).
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterable, Sequence
from operator import itemgetter
from pathlib import Path
from typing import Any, TextIO

from kbtdesk.base.files import replacing
from kbtdesk.base.messages import Message, Translate, untranslated
from kbtdesk.base.progress import Cancelled, IsCancelled, Progress
from kbtdesk.core.reports.model import Report, Table, cell_text

BOM = "\ufeff"
SEPARATOR = ";"
LINE_END = "\r\n"
TRIGGERS = "=+-@\t\r"
_NEEDS_QUOTE = re.compile(r"^'*[=+\-@\t\r]")
_QUOTED = re.compile(r"^'+[=+\-@\t\r]")
#: First characters of a text that `neutralise` has to look at.
_FIRST_CHARS = frozenset(TRIGGERS + "'")
_HEAD = itemgetter(slice(None, 1))
#: What makes the csv module quote a cell (QUOTE_MINIMAL): the separator, the quote character and
#: line breaks; NUL is passed to it too, whatever a Python version does with it.
_SPECIAL_CHARS = (SEPARATOR, '"', "\r", "\n", "\0")
_SPECIAL = re.compile("[" + re.escape("".join(_SPECIAL_CHARS)) + "]")
#: Rows between two progress reports / cancel checks while writing.
STEP = 2000


def neutralise(value: str) -> str:
    """The text with one ``'`` in front when a spreadsheet could read it as a formula."""
    return "'" + value if _NEEDS_QUOTE.match(value) else value


def restore(cell: str) -> str:
    """What :func:`neutralise` was given: drop one leading ``'`` before a trigger character."""
    return cell[1:] if _QUOTED.match(cell) else cell


#: One cell value (text, number, date, message, None) to the text that goes into the file.
Convert = Callable[[Any], str]


def _cell(value, translate: Translate, lang: str) -> str:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return cell_text(value, translate, lang)
    return neutralise(cell_text(value, translate, lang))


def _converter(translate: Translate, lang: str) -> Convert:
    """`_cell` with the common cases first: text (checked for a trigger only when its first
    character could be one), then whole numbers; messages are rendered once per distinct message."""
    rendered: dict[int, tuple[Message, str]] = {}
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


def _columns(table_rows: Sequence[Sequence[object]], convert: Convert) -> list[list[str]] | None:
    """The table's cells as they go into the file (`convert` applied), column by column.

    The per-cell work runs in C (`map`, `set`): a column of text only (most of them) is kept as
    it is unless a first character is one that `neutralise` looks at; other columns go through
    `convert`. None when the rows are not all of one length of at least one cell (never built;
    written row by row instead).
    """
    widths = set(map(len, table_rows))
    if len(widths) != 1 or not min(widths):
        return None
    columns = []
    for k in range(widths.pop()):
        column = list(map(itemgetter(k), table_rows))
        if set(map(type, column)) == {str}:
            if not _FIRST_CHARS.isdisjoint(map(_HEAD, column)):
                column = list(map(neutralise, column))  # what `convert` does to text
        else:
            column = list(map(convert, column))
        columns.append(column)
    return columns


def _quoted(column: list[str]) -> list[str]:
    """The column as it is written between separators: quoted by the csv module where needed.

    Only a cell holding a separator, a quote, a line break or NUL can come out differently, so
    the csv module is asked once per distinct such cell; a column without one is kept as it is.
    """
    text = "".join(column)
    if not any(map(text.__contains__, _SPECIAL_CHARS)):
        return column
    forms = {value: _csv_field(value) for value in set(column) if _SPECIAL.search(value)}
    return list(map(forms.get, column, column))


class _Lines(list):
    write = list.append


def _csv_field(value: str) -> str:
    """One cell as the csv module writes it inside a line of several cells."""
    lines = _Lines()
    # With a second (empty) cell after it: a line of a single empty cell is written as "".
    csv.writer(lines, delimiter=SEPARATOR, quoting=csv.QUOTE_MINIMAL, lineterminator=LINE_END).writerow((value, ""))
    return "".join(lines)[:-len(SEPARATOR + LINE_END)]


def exported(table: Table) -> Table:
    """The table as the CSV has it: without the columns that exist only in print."""
    if all(column.exported for column in table.columns):
        return table
    keep = [n for n, column in enumerate(table.columns) if column.exported]
    pick = itemgetter(*keep) if len(keep) > 1 else (lambda row: (row[keep[0]],))
    return Table([table.columns[n] for n in keep], list(map(pick, table.rows)), table.marked, table.totals,
                 table.empty)


def rows(report: Report, translate: Translate = untranslated) -> Iterable[list[str]]:
    """The header row, then the data rows, as the strings that go into the file."""
    table = exported(report.csv_table)
    yield [neutralise(column.title.render(translate)) for column in table.columns]
    convert = _converter(translate, report.lang)
    columns = _columns(table.rows, convert)
    if columns is None:
        yield from (list(map(convert, row)) for row in table.rows)
    else:
        yield from map(list, zip(*columns, strict=False))


def _write(handle: TextIO, report: Report, translate: Translate,
           progress: Progress | None, cancelled: IsCancelled | None) -> None:
    writer = csv.writer(handle, delimiter=SEPARATOR, quoting=csv.QUOTE_MINIMAL, lineterminator=LINE_END)
    table = exported(report.csv_table)
    total = len(table.rows)
    handle.write(BOM)

    def tick(done: int) -> None:
        if cancelled is not None and cancelled():
            raise Cancelled()
        if progress is not None:
            progress(done, total)

    tick(0)
    writer.writerow([neutralise(column.title.render(translate)) for column in table.columns])
    convert = _converter(translate, report.lang)
    widths = set(map(len, table.rows))
    if len(widths) == 1 and min(widths) > 1:
        # Lines joined in C from cells already quoted: the csv module goes through every
        # character of every cell, which at 100,000 rows took longer than reading the log.
        # Block by block: each of these C calls holds the GIL while it runs, and over the whole
        # table at once they held it for up to ≈130 ms at L (the window's export runs on a
        # worker thread, and the GUI thread waited that long).
        def write(start: int, stop: int) -> None:
            if stop > start:
                columns = _columns(table.rows[start:stop], convert)
                assert columns is not None
                block = zip(*map(_quoted, columns), strict=True)
                handle.write(LINE_END.join(map(SEPARATOR.join, block)) + LINE_END)
    else:  # one column (a line of one empty cell is special) or rows of different lengths
        columns = _columns(table.rows, convert)
        body = ([tuple(map(convert, row)) for row in table.rows] if columns is None
                else list(zip(*columns, strict=True)))

        def write(start: int, stop: int) -> None:
            writer.writerows(body[start:stop])

    # Blocks of STEP lines (the header is line 0), with a progress report and a cancel check
    # before every STEP-th line, as when the file was written one line at a time.
    done = 0
    for stop in range(STEP - 1, total, STEP):
        write(done, stop)
        tick(stop)
        done = stop
    write(done, total)
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
    with replacing(path) as tmp, open(tmp, "w", encoding="utf-8", newline="") as handle:
        _write(handle, report, translate, progress, cancelled)

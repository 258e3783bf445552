"""The page layout of a report: column widths from the content, what goes on which page, painted.

A report (kbtdesk.core.reports) becomes a list of blocks (headings, paragraphs, field lists,
table rows, charts), each measured with the fonts of the target device; the blocks are put on
pages and painted with a QPainter on that device. The same layout is painted on a QPdfWriter, a
QPrinter and the print preview's printer, so preview, paper and PDF are one document.

Why not QTextDocument, which kbtdesk used before: it splits a table row across two pages line by
line (a one-line row left its padding on one page and its text on the next), breaks a word inside
when a column is narrow ("Identitetsnumm|er", "2026-03-|01"), and needed over 100 s for a
10 MB note. Here:

- a row is kept whole on a page; only a row taller than a whole page is split, between lines;
- the header row (and the group headings above it) repeats on every page a table spans;
- text breaks only at spaces and after the hyphen of a double name; a date, time, code or
  identity number has neither, so it stays whole. Headings never break inside a word; user text
  breaks inside a word only when that word alone is wider than its column;
- every column is at least as wide as its longest word (its whole value when it never wraps) and
  its heading's longest word; what is left goes to the columns that wrap, first to those that then
  fit nine rows in ten on one line (one long value does not make every other row wrap). A table
  whose columns cannot all fit is set in a smaller font, step by step, down to MIN_POINTS;
- user text longer than PRINTED_CHARS is cut in print with a visible note (the CSV and the log
  keep it whole), so a huge note costs milliseconds, not minutes.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen

from kbtdesk.base.messages import QT_TRANSLATE_NOOP, Translate
from kbtdesk.core.reports.model import CONTEXT, Cell, Chart, FieldItem, Report, Table, cell_text, is_literal
from kbtdesk.render import charts

#: User text longer than this is cut in print, with a note saying so.
PRINTED_CHARS = 3000
SHORTENED = QT_TRANSLATE_NOOP(
    "Report", "[Shortened in print: {shown} of {total} characters. The whole text is in the log and in the CSV.]")
#: A table that cannot fit is set smaller, in these steps, down to this size.
MIN_POINTS = 6.0
POINT_STEP = 0.5
#: A wrapping column is not widened past this share of the width for its longest text.
WIDEST_SHARE = 0.4
#: Rows looked at (their distinct values) to size a column that wraps; a column that never wraps
#: looks at every row, since one longer value would not fit.
SIZING_ROWS = 2000
#: A wrapping column wants the width that puts this share of its rows on one line: one long value
#: (an export's long detail in the log extract) must not make every other row wrap elsewhere.
WANTED_SHARE = 0.9

HEADING_SCALE = 0.9
TITLE_POINTS, PERIOD_POINTS, SECTION_POINTS, CAPTION_POINTS = 15.0, 10.0, 11.0, 7.5
CELL_PADDING_MM = (0.9, 0.55)  # left/right, top/bottom
BLOCK_GAP_MM = 2.2
CHART_MM = {"line": (172.0, 50.0), "bar": (172.0, 64.0)}

TEXT = QColor("#111111")
MUTED = QColor("#444444")
HEAD_FILL = QColor("#e4e8ee")
HEAD_RULE = QColor("#9aa3ad")
RULE = QColor("#b9c0c8")
MARKED_FILL = QColor("#fdecea")
TOTAL_FILL = QColor("#f1f3f5")
NOTICE_FILL = QColor("#fff4d6")

_FSI, _PDI = "\u2068", "\u2069"
#: Where a line may break: after spaces, and (in user text) after the hyphen of a double name (a
#: small letter before it, a letter after it: "Östergren-|Wallenbergsson"); never in
#: "2026-03-01", "19640823-3234", "MADRS-S" or "DU011".
#: Spaces a line may break after (not the no-break spaces U+00A0, U+2007, U+202F).
SPACES = " \u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2008\u2009\u200a\u205f\u3000"
_SPACE_BREAKS = re.compile(f"(?<=[{SPACES}])(?=[^{SPACES}])")
_NAME_BREAKS = re.compile(f"(?<=[{SPACES}])(?=[^{SPACES}])|(?<=[^\\W\\d_]-)(?=[^\\W\\d_])")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


# -- fonts and text ----------------------------------------------------------------------------------


def print_font(family: str, points: float, bold: bool = False) -> QFont:
    """The print font without ligatures: "ff" in "Affektiva" must extract as two letters, not "ﬀ"."""
    font = QFont(family)
    font.setPointSizeF(points)
    font.setBold(bold)
    for tag in ("liga", "clig", "dlig"):
        font.setFeature(QFont.Tag(tag), 0)
    return font


class Typesetter:
    """Fonts of one family on one device, with cached text widths (the same names, codes and
    dates come back on every row)."""

    def __init__(self, family: str, device) -> None:
        self.family, self.device = family, device
        self.px_per_mm = device.logicalDpiX() / 25.4

    @functools.cache  # noqa: B019 - one typesetter per painted report
    def font(self, points: float, bold: bool = False) -> QFont:
        return print_font(self.family, points, bold)

    @functools.cache  # noqa: B019
    def metrics(self, points: float, bold: bool = False) -> QFontMetricsF:
        return QFontMetricsF(self.font(points, bold), self.device)

    def advance(self, text: str, points: float, bold: bool = False) -> float:
        return self._advances(points, bold)(text)

    @functools.cache  # noqa: B019
    def _advances(self, points: float, bold: bool) -> Callable[[str], float]:
        return functools.lru_cache(maxsize=65536)(self.metrics(points, bold).horizontalAdvance)

    def line_height(self, points: float, bold: bool = False) -> float:
        return self.metrics(points, bold).lineSpacing()

    def mm(self, value: float) -> float:
        return value * self.px_per_mm


def printable(value: str, translate: Translate) -> str:
    """User text as print shows it: CR/CRLF as line breaks, tabs as spaces, other control
    characters as U+FFFD, and cut at PRINTED_CHARS with a note."""
    value = value.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n")
    value = value.replace("\t", "    ")
    value = _CONTROL.sub("\ufffd", value)
    if len(value) > PRINTED_CHARS:
        cut = value.rfind(" ", PRINTED_CHARS - 200, PRINTED_CHARS)
        shown = value[:cut if cut > 0 else PRINTED_CHARS].rstrip(SPACES)
        note = translate(CONTEXT, SHORTENED).format(shown=f"{len(shown):,}".replace(",", " "),
                                                    total=f"{len(value):,}".replace(",", " "))
        value = f"{shown} …\n{note}"
    return value


def words(text: str, names: bool = False) -> list[str]:
    """The pieces of a line of text between its break opportunities (each keeps its trailing
    space); with `names`, a double name's hyphen is one too."""
    if not names:
        return _SPACE_BREAKS.split(text)
    pieces: list[str] = []
    for piece in _NAME_BREAKS.split(text):
        # "Anna-Karin" breaks after its hyphen, "MADRS-S" and "KVÅ-koder"-like codes do not:
        # the letter before the hyphen must be a small one.
        if pieces and pieces[-1].endswith("-") and len(pieces[-1]) > 1 and not pieces[-1][-2].islower():
            pieces[-1] += piece
        else:
            pieces.append(piece)
    return pieces


def wrap(text: str, width: float, advance: Callable[[str], float], inside_words: bool = True) -> list[str]:
    """The lines of `text` in a column `width` wide: greedy, breaking only where `words` allows;
    a piece wider than the column is broken by characters when `inside_words` (user text: a double
    name may then break at its hyphen), else left whole (headings, our own words)."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for piece in words(paragraph, names=inside_words):
            candidate = line + piece
            if line and advance(candidate.rstrip(SPACES)) > width:
                lines.append(line.rstrip(SPACES))
                candidate = piece
            line = candidate
            # A piece wider than the whole column (a pasted link, a hostile word) is broken where
            # it no longer fits.
            while inside_words and len(line) > 1 and advance(line.rstrip(SPACES)) > width:
                cut = _fitting(line, width, advance)
                lines.append(line[:cut])
                line = line[cut:]
        lines.append(line.rstrip(SPACES))
    return lines


def _fitting(text: str, width: float, advance: Callable[[str], float]) -> int:
    """How many leading characters of `text` fit in `width` (at least one)."""
    lo, hi = 1, len(text)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if advance(text[:mid]) <= width:
            lo = mid
        else:
            hi = mid - 1
    return lo


@dataclass
class Lines:
    """Text set in lines of one font: what a cell, a paragraph or a heading paints."""

    lines: list[str]
    points: float
    bold: bool
    line_height: float
    isolate: bool = False  # user text: each line isolated against bidi reordering
    colour: QColor = field(default_factory=lambda: QColor(TEXT))

    @property
    def height(self) -> float:
        return len(self.lines) * self.line_height

    def draw(self, painter: QPainter, setter: Typesetter, left: float, top: float, width: float,
             align_right: bool = False, first: int = 0, stop: int | None = None) -> None:
        painter.setFont(setter.font(self.points, self.bold))
        painter.setPen(self.colour)
        ascent = setter.metrics(self.points, self.bold).ascent()
        for n, line in enumerate(self.lines[first:stop]):
            if not line:
                continue
            x = left + width - setter.advance(line, self.points, self.bold) if align_right else left
            shown = f"{_FSI}{line}{_PDI}" if self.isolate else line
            painter.drawText(QPointF(x, top + n * self.line_height + ascent), shown)


def set_text(setter: Typesetter, text: str, width: float, points: float, bold: bool = False, *,
             isolate: bool = False, inside_words: bool = True, colour: QColor | None = None,
             nowrap: bool = False) -> Lines:
    if nowrap:
        lines = text.split("\n")
    else:
        advance = functools.partial(setter.advance, points=points, bold=bold)
        lines = wrap(text, width, advance, inside_words)
    return Lines(lines, points, bold, setter.line_height(points, bold), isolate,
                 QColor(colour) if colour is not None else QColor(TEXT))


# -- blocks -----------------------------------------------------------------------------------------


class Block:
    """Something on a page, `height` tall, painted at (0, top) of the body."""

    height: float = 0.0
    #: Space above it, dropped at the top of a page.
    space_before: float = 0.0
    #: Never the last thing on a page (a heading, a table's header).
    keep_with_next: bool = False
    #: The table this row belongs to: its header is repeated on a page that starts with it.
    table: TableLayout | None = None

    def paint(self, painter: QPainter, top: float) -> None:
        raise NotImplementedError

    def split(self, room: float) -> tuple[Block, Block] | None:
        """A first part at most `room` tall and the rest, or None (only for blocks taller than a page)."""
        return None


class TextBlock(Block):
    def __init__(self, setter: Typesetter, lines: Lines, width: float, *, space_before: float = 0.0,
                 fill: QColor | None = None, keep_with_next: bool = False) -> None:
        self.setter, self.lines, self.width, self.fill = setter, lines, width, fill
        self.pad = setter.mm(1.0) if fill is not None else 0.0
        self.height = lines.height + 2 * self.pad
        self.space_before, self.keep_with_next = space_before, keep_with_next

    def paint(self, painter: QPainter, top: float) -> None:
        if self.fill is not None:
            painter.fillRect(QRectF(0, top, self.width, self.height), self.fill)
        self.lines.draw(painter, self.setter, self.pad, top + self.pad, self.width - 2 * self.pad)

    def split(self, room: float) -> tuple[Block, Block] | None:
        fit = int((room - 2 * self.pad) // self.lines.line_height)
        if fit < 1 or fit >= len(self.lines.lines):
            return None
        first = Lines(self.lines.lines[:fit], self.lines.points, self.lines.bold, self.lines.line_height,
                      self.lines.isolate, self.lines.colour)
        rest = Lines(self.lines.lines[fit:], self.lines.points, self.lines.bold, self.lines.line_height,
                     self.lines.isolate, self.lines.colour)
        return (TextBlock(self.setter, first, self.width, fill=self.fill),
                TextBlock(self.setter, rest, self.width, fill=self.fill))


class FieldRow(Block):
    """One "label: value" line of a field list (the episode's facts, the ending checklist)."""

    def __init__(self, setter: Typesetter, label: Lines, value: Lines, label_width: float, gap: float) -> None:
        self.setter, self.label, self.value = setter, label, value
        self.label_width, self.gap = label_width, gap
        self.height = max(label.height, value.height) + setter.mm(0.5)

    def paint(self, painter: QPainter, top: float) -> None:
        self.label.draw(painter, self.setter, 0, top, self.label_width)
        self.value.draw(painter, self.setter, self.label_width + self.gap, top, 0)


class ChartBlock(Block):
    def __init__(self, chart: Chart, width: float, height: float, translate: Translate, lang: str,
                 family: str, px_per_mm: float) -> None:
        self.chart, self.width, self.height = chart, width, height
        self.translate, self.lang, self.family, self.px_per_mm = translate, lang, family, px_per_mm
        self.space_before = px_per_mm * BLOCK_GAP_MM

    def paint(self, painter: QPainter, top: float) -> None:
        charts.paint_chart(painter, self.chart, QRectF(0, top, self.width, self.height), self.translate, self.lang,
                           self.family, self.px_per_mm)


# -- tables -----------------------------------------------------------------------------------------


@dataclass
class ColumnLayout:
    index: int  # into the table's columns (and each row)
    title: str
    numeric: bool
    nowrap: bool
    group: str | None
    width: float = 0.0


def share_out(need: list[float], want: list[float], room: float) -> tuple[list[float], float]:
    """Widths from `need` towards `want` with `room` to give: the column that wants least more gets
    all it wants first (codes on one line), the others share the rest evenly; and what is left."""
    widths = list(need)
    open_ = [k for k in range(len(need)) if want[k] > need[k]]
    while room > 1e-9 and open_:
        share = room / len(open_)
        satisfied = [k for k in open_ if want[k] - widths[k] <= share]
        if not satisfied:
            for k in open_:
                widths[k] += share
            return widths, 0.0
        for k in satisfied:
            room -= want[k] - widths[k]
            widths[k] = want[k]
        open_ = [k for k in open_ if k not in satisfied]
    return widths, max(room, 0.0)


class TableLayout:
    """A table's columns sized for the page, its header, and its rows as blocks."""

    def __init__(self, setter: Typesetter, table: Table, width: float, points: float, translate: Translate,
                 lang: str) -> None:
        self.setter, self.table, self.width = setter, table, width
        self.translate, self.lang = translate, lang
        self.pad_x, self.pad_y = setter.mm(CELL_PADDING_MM[0]), setter.mm(CELL_PADDING_MM[1])
        self.columns = [
            ColumnLayout(i, (c.print_title or c.title).render(translate), c.numeric, c.nowrap,
                         c.group.render(translate) if c.group is not None else None)
            for i, c in enumerate(table.columns) if c.printed]
        self.texts = [[self._text(row[c.index]) for c in self.columns] for row in table.rows]
        self.points = self._fit(points)
        self.header = TableHeader(self)

    def _text(self, value: Cell) -> str:
        shown = cell_text(value, self.translate, self.lang)
        return printable(shown, self.translate) if is_literal(value) else shown

    def _needs(self, points: float) -> tuple[list[float], list[float]]:
        """Per column: the least width that breaks no word (no value of a column that never
        wraps), and the width it would like (its longest line, capped)."""
        heading = points * HEADING_SCALE
        head_advance = functools.partial(self.setter.advance, points=heading, bold=True)
        advance = functools.partial(self.setter.advance, points=points)
        padding = 2 * self.pad_x
        need, want = [], []
        for k, column in enumerate(self.columns):
            low = max((head_advance(w.strip(SPACES)) for w in words(column.title)), default=0.0)
            rows = [row[k] for row in (self.texts if column.nowrap else self.texts[:SIZING_ROWS])]
            longest: dict[str, float] = {}  # each distinct value's longest line
            for value in set(rows):
                longest[value] = 0.0
                for line in value.split("\n"):
                    if not line:
                        continue
                    length = advance(line)
                    longest[value] = max(longest[value], length)
                    if column.nowrap:
                        low = max(low, length)
                    else:
                        # A very long word (a hostile or pasted one) may break: it sets no minimum.
                        low = max(low, max((min(advance(w.strip(SPACES)), self.width * WIDEST_SHARE)
                                            for w in words(line, names=True)), default=0.0))
            lengths = sorted(longest[value] for value in rows)
            typical = lengths[min(len(lengths) - 1, int(len(lengths) * WANTED_SHARE))] if lengths else 0.0
            high = max(head_advance(column.title), typical)
            need.append(low + padding)
            want.append(max(low, min(high, self.width * WIDEST_SHARE)) + padding)
        # A group heading needs its longest word over its columns together.
        for group, members in self._groups():
            if group is None:
                continue
            low = max((head_advance(w.strip(SPACES)) for w in words(group)), default=0.0) + padding
            short = low - sum(need[k] for k in members)
            if short > 0:
                for k in members:
                    need[k] += short / len(members)
                    want[k] = max(want[k], need[k])
        return need, want

    def _groups(self) -> list[tuple[str | None, list[int]]]:
        groups: list[tuple[str | None, list[int]]] = []
        for k, column in enumerate(self.columns):
            if groups and column.group is not None and groups[-1][0] == column.group:
                groups[-1][1].append(k)
            else:
                groups.append((column.group, [k]))
        return groups

    def _fit(self, points: float) -> float:
        """Set the column widths; the font size at which they fit (smaller only when needed)."""
        size = points
        need, want = self._needs(size)
        while sum(need) > self.width and size - POINT_STEP >= MIN_POINTS:
            size -= POINT_STEP
            need, want = self._needs(size)
        room = self.width - sum(need)
        if room <= 0:
            widths = [n * self.width / sum(need) for n in need]  # cannot fit: squeeze evenly
        else:
            widths, spare = share_out(need, want, room)
            if spare > 0:
                # What is left goes to the columns that wrap: a date column gains nothing from it.
                grows = [0.0 if c.nowrap or c.numeric else w for c, w in zip(self.columns, want, strict=True)]
                if not any(grows):
                    grows = list(want)
                total = sum(grows)
                widths = [w + spare * g / total for w, g in zip(widths, grows, strict=True)]
        for column, width in zip(self.columns, widths, strict=True):
            column.width = width
        return size

    def blocks(self) -> list[Block]:
        setter, points = self.setter, self.points
        if not self.table.rows:
            return []
        rows: list[Block] = [self.header]
        for n, texts in enumerate(self.texts):
            total = n in self.table.totals
            cells = []
            for column, value in zip(self.columns, texts, strict=True):
                literal = is_literal(self.table.rows[n][column.index])
                cells.append(set_text(setter, value, column.width - 2 * self.pad_x, points, total,
                                      isolate=literal, nowrap=column.nowrap))
            fill = MARKED_FILL if n in self.table.marked else TOTAL_FILL if total else None
            rows.append(TableRow(self, cells, fill))
        return rows


class TableHeader(Block):
    """The group headings (if any) and the column headings; repeated on every page of the table."""

    def __init__(self, layout: TableLayout) -> None:
        self.layout = layout
        self.table = layout
        self.keep_with_next = True
        setter, points = layout.setter, layout.points * HEADING_SCALE
        inner = [c.width - 2 * layout.pad_x for c in layout.columns]
        self.titles = [set_text(setter, c.title, w, points, True, inside_words=False)
                       for c, w in zip(layout.columns, inner, strict=True)]
        self.groups = []
        x = 0.0
        has_groups = any(c.group for c in layout.columns)
        for group, members in layout._groups():
            width = sum(layout.columns[k].width for k in members)
            if has_groups:
                lines = set_text(setter, group or "", width - 2 * layout.pad_x, points, True, inside_words=False)
                self.groups.append((x, width, lines, group is not None, members))
            x += width
        pad = 2 * layout.pad_y
        self.group_height = (max(g[2].height for g in self.groups) + pad) if self.groups else 0.0
        self.title_height = max((t.height for t in self.titles), default=0.0) + pad
        self.height = self.group_height + self.title_height

    def paint(self, painter: QPainter, top: float) -> None:
        layout, setter = self.layout, self.layout.setter
        pen = QPen(HEAD_RULE, max(1.0, setter.mm(0.2)))
        for x, width, lines, grouped, _members in self.groups:
            if not grouped:
                continue  # an ungrouped column's heading runs through both header lines
            box = QRectF(x, top, width, self.group_height)
            painter.fillRect(box, HEAD_FILL)
            painter.setPen(pen)
            painter.drawRect(box)
            lines.draw(painter, setter, x + layout.pad_x, top + layout.pad_y, width - 2 * layout.pad_x)
        x = 0.0
        grouped_columns = {k for g in self.groups if g[3] for k in g[4]}
        for k, (column, title) in enumerate(zip(layout.columns, self.titles, strict=True)):
            in_group = k in grouped_columns
            cell_top = top + (self.group_height if in_group else 0.0)
            box = QRectF(x, cell_top, column.width, self.height - (cell_top - top))
            painter.fillRect(box, HEAD_FILL)
            painter.setPen(pen)
            painter.drawRect(box)
            title.draw(painter, setter, x + layout.pad_x, box.bottom() - layout.pad_y - title.height,
                       column.width - 2 * layout.pad_x, align_right=column.numeric)
            x += column.width


class TableRow(Block):
    def __init__(self, layout: TableLayout, cells: list[Lines], fill: QColor | None,
                 lines: Sequence[tuple[int, int | None]] | None = None) -> None:
        self.layout, self.table, self.cells, self.fill = layout, layout, cells, fill
        #: Per cell, the lines [first, stop) this part of the row shows (all of them unless split).
        self.ranges = list(lines) if lines is not None else [(0, None)] * len(cells)
        self.height = max((self._shown(c, r) for c, r in zip(cells, self.ranges, strict=True)), default=0.0) \
            + 2 * layout.pad_y

    @staticmethod
    def _shown(cell: Lines, span: tuple[int, int | None]) -> float:
        first, stop = span
        return len(cell.lines[first:stop]) * cell.line_height

    def paint(self, painter: QPainter, top: float) -> None:
        layout, setter = self.layout, self.layout.setter
        pen = QPen(RULE, max(1.0, setter.mm(0.15)))
        x = 0.0
        for column, cell, (first, stop) in zip(layout.columns, self.cells, self.ranges, strict=True):
            box = QRectF(x, top, column.width, self.height)
            if self.fill is not None:
                painter.fillRect(box, self.fill)
            painter.setPen(pen)
            painter.drawRect(box)
            cell.draw(painter, setter, x + layout.pad_x, top + layout.pad_y, column.width - 2 * layout.pad_x,
                      align_right=column.numeric, first=first, stop=stop)
            x += column.width

    def split(self, room: float) -> tuple[Block, Block] | None:
        """Taller than a page (a long note): as many lines of each cell as fit, the rest after."""
        fit = room - 2 * self.layout.pad_y
        firsts, rests = [], []
        for cell, (first, stop) in zip(self.cells, self.ranges, strict=True):
            end = len(cell.lines) if stop is None else stop
            count = max(0, min(end - first, int(fit // cell.line_height)))
            firsts.append((first, first + count))
            rests.append((first + count, end))
        if all(a == b for a, b in firsts):
            return None
        return (TableRow(self.layout, self.cells, self.fill, firsts),
                TableRow(self.layout, self.cells, self.fill, rests))


# -- the document ------------------------------------------------------------------------------------


@dataclass
class Page:
    blocks: list[tuple[Block, float]] = field(default_factory=list)  # (block, top)


class ReportLayout:
    """Every page of a report laid out for a body `width` × `height` (device pixels) on `device`."""

    def __init__(self, report: Report, translate: Translate, device, width: float, height: float,
                 family: str) -> None:
        self.report, self.translate, self.family = report, translate, family
        self.width, self.height = width, height
        self.setter = Typesetter(family, device)
        self.pages = self._paginate(self._blocks())

    def _paragraph(self, text: str, points: float, bold: bool = False, *, literal: bool = False,
                   space_before_mm: float = 0.0, fill: QColor | None = None, colour: QColor | None = None,
                   keep_with_next: bool = False) -> TextBlock:
        if literal:
            text = printable(text, self.translate)
        lines = set_text(self.setter, text, self.width - (2 * self.setter.mm(1.0) if fill is not None else 0),
                         points, bold, isolate=literal, colour=colour)
        return TextBlock(self.setter, lines, self.width, space_before=self.setter.mm(space_before_mm),
                         fill=fill, keep_with_next=keep_with_next)

    def _fields(self, fields: Sequence[FieldItem], points: float) -> list[Block]:
        setter, translate, lang = self.setter, self.translate, self.report.lang
        labels = [f.label.render(translate) for f in fields]
        gap = setter.mm(3.0)
        label_width = min(max((setter.advance(t, points, True) for t in labels), default=0.0), self.width * 0.3)
        blocks: list[Block] = []
        for label, item in zip(labels, fields, strict=True):
            value = cell_text(item.value, translate, lang)
            literal = is_literal(item.value)
            if literal:
                value = printable(value, translate)
            blocks.append(FieldRow(setter, set_text(setter, label, label_width, points, True, inside_words=False),
                                   set_text(setter, value, self.width - label_width - gap, points, isolate=literal),
                                   label_width, gap))
        if blocks:
            blocks[0].space_before = setter.mm(1.0)
        return blocks

    def _blocks(self) -> list[Block]:
        report, translate, lang = self.report, self.translate, self.report.lang
        body = report.font_points
        blocks: list[Block] = [self._paragraph(report.title.render(translate), TITLE_POINTS, True)]
        if report.period is not None:
            blocks.append(self._paragraph(report.period.render(translate), PERIOD_POINTS))
        if report.notice is not None:
            blocks.append(self._paragraph(report.notice.render(translate), body, space_before_mm=1.5,
                                          fill=NOTICE_FILL))
        blocks += self._fields(report.fields, body)
        for section in report.sections:
            if section.title is not None:
                blocks.append(self._paragraph(section.title.render(translate), SECTION_POINTS, True,
                                              space_before_mm=4.0, keep_with_next=True))
            blocks += self._fields(section.fields, body)
            if section.table is not None:
                table = section.table
                if not table.rows and table.empty is not None:
                    blocks.append(self._paragraph(table.empty.render(translate), body, space_before_mm=1.0))
                else:
                    rows = TableLayout(self.setter, table, self.width, body, translate, lang).blocks()
                    if rows:
                        rows[0].space_before = self.setter.mm(BLOCK_GAP_MM)
                    blocks += rows
            for chart in section.charts:
                width_mm, height_mm = CHART_MM.get(chart.kind, (172.0, 52.0))
                width = min(self.width, self.setter.mm(width_mm if not report.landscape else width_mm * 1.35))
                blocks.append(ChartBlock(chart, width, self.setter.mm(height_mm), translate, lang, self.family,
                                         self.setter.px_per_mm))
                if chart.caption is not None:
                    blocks.append(self._paragraph(chart.caption.render(translate), CAPTION_POINTS, colour=MUTED))
            for note in section.notes:
                blocks.append(self._paragraph(cell_text(note, translate, lang), body, literal=is_literal(note),
                                              space_before_mm=BLOCK_GAP_MM))
        return blocks

    def _paginate(self, blocks: list[Block]) -> list[Page]:
        pages = [Page()]
        y = 0.0
        current_header: TableHeader | None = None
        queue = list(blocks)
        i = 0
        while i < len(queue):
            block = queue[i]
            gap = block.space_before if y > 0 else 0.0
            # A heading or a table header goes to the next page with what follows it.
            needed = block.height
            j = i
            while queue[j].keep_with_next and j + 1 < len(queue) and needed < self.height:
                j += 1
                needed += queue[j].space_before + queue[j].height
            if y > 0 and y + gap + min(needed, self.height) > self.height:
                pages.append(Page())
                y, gap = 0.0, 0.0
                repeat = block.table.header if block.table is not None and block is not block.table.header else None
                if repeat is not None and repeat is current_header:
                    pages[-1].blocks.append((repeat, 0.0))
                    y = repeat.height
            if isinstance(block, TableHeader):
                current_header = block
            if y + gap + block.height > self.height:
                parts = block.split(self.height - y - gap)
                if parts is not None:
                    first, rest = parts
                    rest.table = block.table
                    pages[-1].blocks.append((first, y + gap))
                    queue[i] = rest
                    rest.space_before = 0.0
                    y = self.height  # the rest starts a new page
                    continue
            pages[-1].blocks.append((block, y + gap))
            y += gap + block.height
            i += 1
        return pages

    def paint_page(self, painter: QPainter, index: int) -> None:
        for block, top in self.pages[index].blocks:
            block.paint(painter, top)

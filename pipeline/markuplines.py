"""The lines of a lightweight markup source, rewritten in place at their lengths: what the markup readers share.

A reader (rst.py, textile.py, wikitext.py, dokuwiki.py, orgmode.py, bbcode.py, outliner.py) rewrites a page
into the markdown the text reader knows, each line as long as it was (padded with spaces), so the blocks'
offsets stay true in the page as given. It works on the lines' bodies and their line ends apart (split_lines,
join_lines); a table whose cells span rows or columns is laid out as a browser lays out the rendered table and
written as pipe rows over its lines (write_table), over the table's whole span when a carried cell overfills a
row's line (write_span).
"""

from __future__ import annotations

from typing import NamedTuple

__all__ = [
    "TableCell",
    "carry_rowspan",
    "join_lines",
    "pipe_row",
    "span_grid",
    "split_lines",
    "write_span",
    "write_table",
]


def split_lines(text: str) -> tuple[list[str], list[str]]:
    """The text's lines as their bodies and their line ends ("\\n", "\\r\\n", "" for the last), apart."""
    lines = text.splitlines(keepends=True)
    bodies = [line.rstrip("\r\n") for line in lines]
    return bodies, [line[len(body) :] for line, body in zip(lines, bodies)]


def join_lines(bodies: list[str], ends: list[str]) -> str:
    return "".join(body + end for body, end in zip(bodies, ends))


class TableCell(NamedTuple):
    """A table cell of a markup source: its text and the columns and rows it spans."""

    text: str
    across: int  # columns it spans ("\\2.")
    down: int  # rows it spans ("/2.")


def write_table(bodies: list[str], ends: list[str], i: int, rows: list[list[TableCell]]) -> None:
    """Write a table's rows, its cells' spans laid out, as pipe rows over its lines from line i on, one row a
    line, each line as long as it was (textile.py, dokuwiki.py)."""
    j = i + len(rows)
    grid = span_grid(rows)
    written = [_fitted_row(cells, len(bodies[k])) for k, cells in enumerate(grid, i)]
    if all(len(row) <= len(bodies[k]) for k, row in enumerate(written, i)):
        for k, row in enumerate(written, i):
            bodies[k] = row.ljust(len(bodies[k]))
        return
    # A cell carried down overfills its row's line: the rows written over the table's span; in the rare span
    # that cannot take them either, the carried cells left empty.
    written = [pipe_row(cells, compact=True) for cells in grid]
    if not write_span(bodies, ends, i, j, written):
        for k, cells in enumerate(span_grid(rows, carry=False), i):
            bodies[k] = pipe_row(cells, compact=True).ljust(len(bodies[k]))[: len(bodies[k])]


def span_grid(rows: list[list[TableCell]], carry: bool = True) -> list[list[str]]:
    """The rows' cells laid out in columns, as a browser lays out the rendered table (htmlblocks._grid): a
    rowspan cell is carried down into the rows below, at its column; a colspan cell fills its columns, its text
    in the first, the others empty. A row of one cell spanning a table of several columns stays one cell: a
    group label over the rows under it (tables.group_label). Without ``carry``, a carried cell is left empty."""
    laid: list[list[str]] = []
    alone: list[bool] = []
    carried: dict[int, tuple[str, int]] = {}  # column -> (text, rows still to fill) of a rowspan cell
    for cells in rows:
        values: list[str] = []
        for cell in cells:
            while len(values) in carried:
                values.append(carry_rowspan(carried, len(values)))
            start = len(values)
            for column in range(start, start + cell.across):
                if cell.down > 1:
                    carried[column] = (cell.text if carry and column == start else "", cell.down - 1)
                values.append(cell.text if column == start else "")
        while carried and max(carried) >= len(values):
            values.append(carry_rowspan(carried, len(values)) if len(values) in carried else "")
        laid.append(values)
        alone.append(len(cells) == 1 and cells[0].across > 1)
    width = max(map(len, laid))
    return [values[:1] if single and len(values) >= width > 1 else values for values, single in zip(laid, alone)]


def carry_rowspan(carried: dict[int, tuple[str, int]], column: int) -> str:
    """The text of the rowspan cell carried into this row's column, one row fewer left to carry it (an HTML table's
    and a markup source's span tables alike)."""
    text, left = carried[column]
    if left > 1:
        carried[column] = (text, left - 1)
    else:
        del carried[column]
    return text


def _fitted_row(cells: list[str], room: int) -> str:
    """The cells as a pipe row, without the spaces around them when ``room`` is too short for those."""
    row = pipe_row(cells)
    return row if len(row) <= room else pipe_row(cells, compact=True)


def pipe_row(cells: list[str], compact: bool = False) -> str:
    return "|" + "|".join(cells) + "|" if compact else "| " + " | ".join(cells) + " |"


def write_span(bodies: list[str], ends: list[str], i: int, j: int, rows: list[str]) -> bool:
    """Write the rows over lines i..j-1 as one span of the same length, its last line end kept; False (nothing
    written) when they are longer than the span."""
    span = sum(len(bodies[k]) + len(ends[k]) for k in range(i, j - 1)) + len(bodies[j - 1])
    written = "\n".join(rows)
    if len(written) > span:
        return False
    bodies[i] = (written + "\n" if len(written) < span else written).ljust(span)
    for k in range(i, j - 1):
        ends[k] = ""
    for k in range(i + 1, j):
        bodies[k] = ""
    return True

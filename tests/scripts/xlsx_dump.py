#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Reads an .xlsx with openpyxl (an independent reader) and prints its sheets as JSON: every cell's
# value and type (n number, s string, d date), its number format and fill, the frozen pane and
# autofilter, and the document properties. Exit 77 when openpyxl is missing.
import datetime
import json
import sys

try:
    import openpyxl
except ImportError:
    print("openpyxl is not installed", file=sys.stderr)
    sys.exit(77)

book = openpyxl.load_workbook(sys.argv[1])
out = {"sheets": [], "properties": {}}
props = book.properties
for name in ("title", "subject", "creator", "keywords", "description"):
    out["properties"][name] = getattr(props, name) or ""
for sheet in book.worksheets:
    rows = []
    for row in sheet.iter_rows():
        cells = []
        for cell in row:
            value = cell.value
            if value is None:
                cells.append(None)
                continue
            if isinstance(value, (datetime.datetime, datetime.date)):
                kind, value = "d", value.strftime("%Y-%m-%d")
            elif isinstance(value, bool):
                kind = "b"
            elif isinstance(value, (int, float)):
                kind = "n"
            else:
                kind = "s"
            fill = cell.fill.fgColor.rgb if cell.fill and cell.fill.fill_type == "solid" else ""
            comment = cell.comment.text if cell.comment else ""
            cells.append({"v": value, "t": kind, "f": cell.number_format, "fill": str(fill), "comment": comment})
        rows.append(cells)
    validations = [{"range": str(v.sqref), "list": v.formula1 or "", "type": v.type or ""}
                   for v in sheet.data_validations.dataValidation]
    out["sheets"].append({"name": sheet.title, "freeze": sheet.freeze_panes or "", "state": sheet.sheet_state,
                          "filter": sheet.auto_filter.ref or "", "rows": rows, "validations": validations})
json.dump(out, sys.stdout, ensure_ascii=False)

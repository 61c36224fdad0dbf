#!/usr/bin/env python3
"""Writes a synthetic activity export as an Excel workbook (.xlsx), as Excel saves a CSV it opened: one sheet,
shared strings, dates as date cells (built-in format 14), counts as numbers. Same population as
GenerateActivityExport.java: generic format person,unit,last_activity_date,posts,comments.

    python3 bench/generate-activity-workbook.py ROWS PEOPLE FILE
"""
import datetime
import random
import sys
import zipfile

from xlsx_package import write_package
from xml.sax.saxutils import escape

rows, people, path = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
rnd = random.Random(20260531)
reference = datetime.date(2026, 5, 31)
excel_epoch = datetime.date(1899, 12, 30)
strings, index = [], {}


def shared(text):
    if text not in index:
        index[text] = len(strings)
        strings.append(text)
    return index[text]


def col(c):
    return "ABCDE"[c]


with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
    write_package(z, "activity", """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>""")
    with z.open("xl/worksheets/sheet1.xml", "w") as sheet:
        def write(text):
            sheet.write(text.encode("utf-8"))
        write('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>')
        header = ["person", "unit", "last_activity_date", "posts", "comments"]
        write('<row r="1">' + "".join(f'<c r="{col(c)}1" t="s"><v>{shared(h)}</v></c>' for c, h in enumerate(header))
              + "</row>")
        chunk = []
        for row in range(rows):
            r = row + 2
            person = row % people
            activity = rnd.random()
            if activity < 0.6:
                date = reference - datetime.timedelta(days=rnd.randrange(30))
            elif activity < 0.9:
                date = reference - datetime.timedelta(days=30 + rnd.randrange(300))
            else:
                date = None
            posts = int(rnd.random() ** 8 * 60) if activity < 0.6 else 0
            comments = int(rnd.random() ** 5 * 40) if activity < 0.6 else 0
            cells = [f'<c r="A{r}" t="s"><v>{shared(f"user{person}@example.com")}</v></c>',
                     f'<c r="B{r}" t="s"><v>{shared(f"Unit {person % 40}")}</v></c>']
            if date is not None:
                cells.append(f'<c r="C{r}" s="1"><v>{(date - excel_epoch).days}</v></c>')
            cells.append(f'<c r="D{r}"><v>{posts}</v></c>')
            cells.append(f'<c r="E{r}"><v>{comments}</v></c>')
            chunk.append(f'<row r="{r}">' + "".join(cells) + "</row>")
            if len(chunk) == 5000:
                write("".join(chunk))
                chunk = []
        write("".join(chunk) + "</sheetData></worksheet>")
    with z.open("xl/sharedStrings.xml", "w") as sst:
        sst.write(f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="{len(strings)}" uniqueCount="{len(strings)}">'.encode())
        for i in range(0, len(strings), 5000):
            sst.write("".join(f"<si><t>{escape(s)}</t></si>" for s in strings[i:i + 5000]).encode("utf-8"))
        sst.write(b"</sst>")

#!/usr/bin/env python3
"""Writes an Excel workbook (.xlsx) whose shared strings table is large, for bench/hardening.sh.

    python3 bench/generate-shared-strings-workbook.py viva PEOPLE FILE
        A Viva Engage user activity report (Microsoft Graph getYammerActivityUserDetail columns) as Excel saves it,
        one row per person; every person's User Principal Name and Display Name are unique shared strings.
    python3 bench/generate-shared-strings-workbook.py last STRINGS FILE
        The same header and one person, whose Display Name cell names the last of STRINGS unique shared strings:
        a reader that loads shared strings up to the highest one named loads them all.
"""
import sys
import zipfile

from xlsx_package import write_package

mode, count, path = sys.argv[1], int(sys.argv[2]), sys.argv[3]
HEADER = ["Report Refresh Date", "User Principal Name", "Display Name", "User State", "State Change Date",
          "Last Activity Date", "Posted Count", "Read Count", "Liked Count", "Assigned Products", "Report Period"]
COLUMNS = "ABCDEFGHIJK"
REFRESH = 46173  # 2026-05-31 as an Excel serial day
FIXED = HEADER + ["Active", "Microsoft 365 E3"]
ACTIVE, PRODUCTS = len(HEADER), len(HEADER) + 1

with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
    write_package(z, "VivaEngageActivityUserDetail", """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>""")

    people = count if mode == "viva" else 1
    strings = len(FIXED) + (2 * people if mode == "viva" else count)

    def cell(r, c, value, kind):
        if kind == "s":
            return f'<c r="{COLUMNS[c]}{r}" t="s"><v>{value}</v></c>'
        if kind == "d":
            return f'<c r="{COLUMNS[c]}{r}" s="1"><v>{value}</v></c>'
        return f'<c r="{COLUMNS[c]}{r}"><v>{value}</v></c>'

    with z.open("xl/worksheets/sheet1.xml", "w") as sheet:
        sheet.write(b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                    b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>')
        sheet.write(('<row r="1">' + "".join(cell(1, c, c, "s") for c in range(len(HEADER))) + "</row>").encode())
        chunk = []
        for p in range(people):
            r = p + 2
            upn = len(FIXED) + 2 * p
            name = upn + 1 if mode == "viva" else strings - 1
            chunk.append(f'<row r="{r}">' + cell(r, 0, REFRESH, "d") + cell(r, 1, upn, "s") + cell(r, 2, name, "s")
                         + cell(r, 3, ACTIVE, "s") + cell(r, 5, REFRESH - p % 45, "d")
                         + cell(r, 6, 3 if p % 10 == 0 else 0, "n") + cell(r, 7, 12, "n") + cell(r, 8, 1, "n")
                         + cell(r, 9, PRODUCTS, "s") + cell(r, 10, 30, "n") + "</row>")
            if len(chunk) == 5000:
                sheet.write("".join(chunk).encode())
                chunk = []
        sheet.write(("".join(chunk) + "</sheetData></worksheet>").encode())

    with z.open("xl/sharedStrings.xml", "w") as sst:
        sst.write(f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="{strings}" uniqueCount="{strings}">'.encode())
        sst.write("".join(f"<si><t>{s}</t></si>" for s in FIXED).encode())
        chunk = []
        for i in range(strings - len(FIXED)):
            if mode == "viva":
                text = f"employee{i // 2:07d}@contoso.onmicrosoft.com" if i % 2 == 0 else f"Employee {i // 2:07d}"
            else:
                text = f"text {i:09d}"
            chunk.append(f"<si><t>{text}</t></si>")
            if len(chunk) == 10000:
                sst.write("".join(chunk).encode())
                chunk = []
        sst.write(("".join(chunk) + "</sst>").encode())

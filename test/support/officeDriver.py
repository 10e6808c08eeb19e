#!/usr/bin/python3
"""Drives LibreOffice headless through its Python UNO bridge, the way an officer works in a spreadsheet:
open a workbook, edit cells, insert and delete rows and columns, sort, filter, rename a sheet,
recalculate, save. One office process serves many requests (starting soffice takes seconds).

Protocol: one JSON request per line on stdin, one JSON reply per line on stdout.
  {"op": "edit", "in": path, "out": path, "edits": [...]}   edits applied in order, then recalculated and saved as .xlsx
  {"op": "recalc", "in": path, "out": path}                 recalculated and saved as .xlsx; reply carries "seconds"
                                                            (wall clock) and "cpuSeconds" (the office's processor time)
  {"op": "quit"}
Every reply is {"ok": true, ...} or {"ok": false, "error": "..."}.

Needs Debian's python3-uno with /usr/bin/python3 (the `uno` module is not on pip's Pythons).
The office runs on a private profile (-env:UserInstallation) so parallel runs never share one.
"""
import json
import os
import subprocess
import sys
import tempfile
import time
import traceback

import uno
from com.sun.star.beans import PropertyValue


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


class Office:
    def __init__(self):
        self.profile = tempfile.mkdtemp(prefix="pt-uno-profile-")
        pipe = "pt_uno_%d" % os.getpid()
        soffice = os.environ.get("SOFFICE", "soffice")
        self.process = subprocess.Popen(
            [soffice, "-env:UserInstallation=file://" + self.profile, "--headless", "--invisible", "--nologo",
             "--norestore", "--nodefault", "--nolockcheck", "--accept=pipe,name=%s;urp;" % pipe],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=dict(os.environ, HOME=self.profile),
        )
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
        deadline = time.time() + 60
        while True:
            try:
                context = resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe)
                break
            except Exception:
                if time.time() > deadline:
                    raise
                time.sleep(0.25)
        self.desktop = context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", context)

    def load(self, path):
        url = uno.systemPathToFileUrl(os.path.abspath(path))
        return self.desktop.loadComponentFromURL(url, "_blank", 0, (prop("Hidden", True),))

    def save(self, doc, path):
        url = uno.systemPathToFileUrl(os.path.abspath(path))
        doc.storeToURL(url, (prop("FilterName", "Calc MS Excel 2007 XML"),))

    def cpu_seconds(self):
        """Processor time used so far by the office (soffice and the processes it started), from /proc:
        on a shared machine the wall clock also counts time spent waiting for a core."""
        pending, ticks = [self.process.pid], 0
        while pending:
            pid = pending.pop()
            try:
                fields = open("/proc/%d/stat" % pid).read().rsplit(")", 1)[1].split()
                ticks += int(fields[11]) + int(fields[12])  # utime, stime
                for task in os.listdir("/proc/%d/task" % pid):
                    pending += [int(child) for child in open("/proc/%d/task/%s/children" % (pid, task)).read().split()]
            except OSError:
                pass
        return ticks / os.sysconf("SC_CLK_TCK")

    def close(self):
        try:
            self.desktop.terminate()
        except Exception:
            pass
        try:
            self.process.wait(timeout=20)
        except Exception:
            self.process.kill()


def sheet_of(doc, name):
    sheets = doc.Sheets
    if not sheets.hasByName(name):
        raise ValueError("no sheet %r (have %s)" % (name, list(sheets.ElementNames)))
    return sheets.getByName(name)


def set_cell(sheet, address, value):
    cell = sheet.getCellRangeByName(address)
    if isinstance(value, dict) and "formula" in value:
        cell.setFormula("=" + value["formula"])
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        cell.setValue(value)
    elif value is None:
        cell.setString("")
    else:
        cell.setString(str(value))


def apply_edit(doc, edit):
    kind = edit["kind"]
    if kind == "rename":
        sheet_of(doc, edit["sheet"]).setName(edit["to"])
        return
    sheet = sheet_of(doc, edit["sheet"])
    if kind == "set":
        for address, value in edit["cells"].items():
            set_cell(sheet, address, value)
    elif kind == "insertRows":
        sheet.Rows.insertByIndex(edit["row"] - 1, edit.get("count", 1))
    elif kind == "deleteRows":
        sheet.Rows.removeByIndex(edit["row"] - 1, edit.get("count", 1))
    elif kind == "insertColumns":
        sheet.Columns.insertByIndex(edit["column"] - 1, edit.get("count", 1))
    elif kind == "deleteColumns":
        sheet.Columns.removeByIndex(edit["column"] - 1, edit.get("count", 1))
    elif kind == "sort":
        # Data > Sort on the selected rows, by one column, as an officer does it (no header row in the selection).
        target = sheet.getCellRangeByName(edit["range"])
        field = uno.createUnoStruct("com.sun.star.table.TableSortField")
        field.Field = edit["by"]
        field.IsAscending = not edit.get("descending", False)
        field.IsCaseSensitive = False
        descriptor = target.createSortDescriptor()
        for p in descriptor:
            if p.Name == "SortFields":
                p.Value = uno.Any("[]com.sun.star.table.TableSortField", (field,))
            elif p.Name == "ContainsHeader":
                p.Value = False
        target.sort(descriptor)
    elif kind == "filter":
        # Data > AutoFilter-style standard filter: rows whose column differs from the value are hidden.
        target = sheet.getCellRangeByName(edit["range"])
        descriptor = target.createFilterDescriptor(True)
        field = uno.createUnoStruct("com.sun.star.sheet.TableFilterField")
        field.Field = edit["by"]
        field.Operator = uno.Enum("com.sun.star.sheet.FilterOperator", "EQUAL")
        field.IsNumeric = False
        field.StringValue = edit["value"]
        descriptor.ContainsHeader = True
        descriptor.FilterFields = (field,)
        target.filter(descriptor)
    else:
        raise ValueError("unknown edit %r" % kind)


def handle(office, request):
    op = request["op"]
    if op == "edit":
        doc = office.load(request["in"])
        try:
            for edit in request["edits"]:
                apply_edit(doc, edit)
            doc.calculateAll()
            office.save(doc, request["out"])
        finally:
            doc.close(True)
        return {}
    if op == "recalc":
        doc = office.load(request["in"])
        try:
            started, cpu_started = time.perf_counter(), office.cpu_seconds()
            doc.calculateAll()
            seconds = time.perf_counter() - started
            cpu_seconds = office.cpu_seconds() - cpu_started
            if request.get("out"):
                office.save(doc, request["out"])
        finally:
            doc.close(True)
        return {"seconds": seconds, "cpuSeconds": cpu_seconds}
    raise ValueError("unknown op %r" % op)


def main():
    office = Office()
    try:
        sys.stdout.write(json.dumps({"ok": True, "ready": True}) + "\n")
        sys.stdout.flush()
        for line in sys.stdin:
            line = line.strip()
            if not line:
                continue
            request = json.loads(line)
            if request.get("op") == "quit":
                break
            try:
                reply = {"ok": True}
                reply.update(handle(office, request))
            except Exception as error:  # reported to the test, which fails with it
                reply = {"ok": False, "error": "%s\n%s" % (error, traceback.format_exc())}
            sys.stdout.write(json.dumps(reply) + "\n")
            sys.stdout.flush()
    finally:
        office.close()


if __name__ == "__main__":
    main()

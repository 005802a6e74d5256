# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Airlock developers
"""Airlock's static check: reads a request's code with Python's own parser
and reports, as one JSON object on stdout, what the code will try to do and
where. It runs inside the sandbox and only reports; the host judges the
findings against the policy.

Usage: analyzer.py CODE_PATH
       analyzer.py --socket FD

With --socket the code is not there when the analyzer starts (the
workbench keeps one started ahead, so a check does not wait for Python's
start-up): it arrives on the Unix socket FD as the byte "g" and a sealed
in-memory file holding it.

Output: {"syntax_error": {...}} or
        {"imports": [...], "calls": [...], "names": [...], "dynamic_imports": [...],
         "dynamic_access": [...], "paths": [...], "network_literals": [...],
         "truncated": bool}
Every finding has "line" and "col" (1-based).
"""

import ast
import gc
import ipaddress
import json
import os
import re
import sys

# Each distinct thing is listed at most this often, so thousands of harmless
# calls cannot push a forbidden one out of the report.
MAX_PER_KEY = 50
MAX_FINDINGS = 50000

URL = re.compile(r"\b[a-zA-Z][a-zA-Z0-9+.-]{1,15}://[^\s'\"<>]+")
IPV4 = re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])")
HOST = re.compile(
    r"(?<![\w.-])(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\.)+"
    r"(?:com|net|org|io|dev|ai|app|cloud|co|uk|de|fr|eu|us|info|biz|internal|local|corp|lan|intranet|onion)(?![\w-])"
)

# Calls whose first argument is a path that is read or written.
PATH_CALLS = {
    "open", "io.open", "os.open", "os.listdir", "os.scandir", "os.stat", "os.remove", "os.unlink", "os.rename",
    "shutil.copy", "shutil.copyfile", "shutil.rmtree", "pathlib.Path", "pathlib.PurePath",
    "numpy.load", "numpy.loadtxt", "numpy.genfromtxt", "numpy.fromfile",
    "pandas.read_csv", "pandas.read_table", "pandas.read_json", "pandas.read_excel", "pandas.read_parquet",
    "pandas.read_pickle", "pandas.read_fwf", "pandas.read_feather", "pandas.read_html", "pandas.read_xml",
    "json.load", "csv.reader",
}
# Calls that write the file named by their first argument; methods by their
# name alone (df.to_csv, fig.savefig, anim.save), since the receiver's type
# is not known here.
WRITE_CALLS = {"numpy.save", "numpy.savetxt", "numpy.savez", "numpy.savez_compressed", "os.makedirs", "os.mkdir",
               "matplotlib.pyplot.savefig", "matplotlib.pyplot.imsave"}
WRITE_METHODS = {"savefig", "to_csv", "to_excel", "to_parquet", "to_json", "to_feather", "to_pickle", "to_hdf",
                 "to_html", "to_latex", "to_markdown", "to_xml", "to_stata", "save", "savez", "savetxt", "imsave",
                 "write_text", "write_bytes", "to_file", "mkdir"}
DYNAMIC_ACCESS_CALLS = {"getattr", "setattr", "delattr", "globals", "locals", "vars"}
DYNAMIC_ACCESS_ATTRS = {"__dict__", "__globals__", "__builtins__", "__subclasses__", "__bases__", "__mro__", "__code__",
                        "__closure__", "__getattribute__", "__import__", "__loader__", "__spec__", "f_globals",
                        "f_locals", "f_back", "gi_frame", "tb_frame"}
BUILTIN_NAMES = {"eval", "exec", "compile", "__import__", "open", "breakpoint", "input", "getattr", "setattr", "delattr",
                 "globals", "locals", "vars", "__builtins__"}


def is_main_guard(node):
    """if __name__ == "__main__": runs whenever the script does."""
    test = node.test
    return isinstance(test, ast.Compare) and isinstance(test.left, ast.Name) and test.left.id == "__name__" \
        and len(test.comparators) == 1 and isinstance(test.comparators[0], ast.Constant) \
        and test.comparators[0].value == "__main__"


def opens_for_writing(call):
    """open(path, "w"), open(path, mode="a+"), os.open(path, os.O_WRONLY): a write."""
    mode = call.args[1] if len(call.args) > 1 else None
    for kw in call.keywords:
        if kw.arg in ("mode", "flags"):
            mode = kw.value
    if isinstance(mode, ast.Constant) and isinstance(mode.value, str):
        return any(c in mode.value for c in "wax+")
    if mode is not None:
        text = ast.dump(mode)
        return any(flag in text for flag in ("O_WRONLY", "O_RDWR", "O_CREAT", "O_APPEND", "O_TRUNC"))
    return False


class Analyzer:
    """Walks the tree once, in source order, parents before children."""

    def __init__(self):
        self.aliases = {}  # local name -> dotted origin
        self.out = {k: [] for k in ("imports", "calls", "names", "dynamic_imports", "dynamic_access", "paths",
                                    "network_literals")}
        self.count = 0
        self.per_key = {}
        self.truncated = False
        self.call_funcs = set()  # ids of nodes that are a call's callee
        self.docstrings = set()  # ids of the constants that are docstrings
        self.within = None  # the branch the node being visited is in: "if", "try", "function" or None

    def add(self, category, node, **fields):
        key = (category,) + tuple(sorted((k, str(v)) for k, v in fields.items()))
        seen = self.per_key.get(key, 0)
        if seen >= MAX_PER_KEY:
            return
        if self.count >= MAX_FINDINGS:
            self.truncated = True
            return
        self.per_key[key] = seen + 1
        self.count += 1
        fields["line"] = getattr(node, "lineno", 0)
        fields["col"] = getattr(node, "col_offset", -1) + 1
        self.out[category].append(fields)

    def visit(self, tree):
        # An explicit stack and a table of handlers: ast.NodeVisitor's
        # per-node name lookups cost about half the time on large files.
        handlers = {
            ast.Import: self.visit_Import, ast.ImportFrom: self.visit_ImportFrom, ast.Call: self.visit_Call,
            ast.Attribute: self.visit_Attribute, ast.Name: self.visit_Name, ast.Subscript: self.visit_Subscript,
            ast.Constant: self.visit_Constant,
        }
        node_type = ast.AST
        child_fields = {}
        stack = [(tree, None)]
        while stack:
            node, within = stack.pop()
            self.within = within
            cls = node.__class__
            if cls in (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef) and node.body \
                    and isinstance(node.body[0], ast.Expr) and isinstance(node.body[0].value, ast.Constant) \
                    and isinstance(node.body[0].value.value, str):
                self.docstrings.add(id(node.body[0].value))
            handler = handlers.get(cls)
            if handler is not None:
                handler(node)
            # What the children run under, innermost first; the main guard
            # always runs.
            if cls is ast.If and not is_main_guard(node):
                within = "if"
            elif cls in (ast.Try, getattr(ast, "TryStar", ast.Try)):
                within = "try"
            elif cls in (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda):
                within = "function"
            children = []
            fields = child_fields.get(cls)
            if fields is None:
                # Load/Store contexts and operators are leaves with nothing to find.
                fields = child_fields[cls] = tuple(f for f in cls._fields if f not in ("ctx", "op", "ops"))
            for field in fields:
                value = getattr(node, field, None)
                if isinstance(value, list):
                    children.extend(v for v in value if isinstance(v, node_type))
                elif isinstance(value, node_type):
                    children.append(value)
            children.reverse()
            stack.extend((child, within) for child in children)

    # --- names -------------------------------------------------------------

    def resolve(self, node):
        """Dotted name of an expression, through import aliases; None if it is not a plain name."""
        if isinstance(node, ast.Name):
            return self.aliases.get(node.id, node.id)
        if isinstance(node, ast.Attribute):
            base = self.resolve(node.value)
            return base + "." + node.attr if base else None
        if isinstance(node, ast.Call):
            # importlib.import_module("x").y and __import__("x").y
            target = self.literal_import(node)
            if target:
                return target
        return None

    def literal_import(self, call):
        name = self.resolve(call.func) if not isinstance(call.func, ast.Call) else None
        if name in ("__import__", "importlib.import_module") and call.args:
            arg = call.args[0]
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                return arg.value
        return None

    # --- imports -----------------------------------------------------------

    def branch(self):
        return {"within": self.within} if self.within else {}

    def visit_Import(self, node):
        for alias in node.names:
            self.add("imports", node, module=alias.name, form="import", **self.branch())
            if alias.asname:
                self.aliases[alias.asname] = alias.name
            else:
                top = alias.name.split(".")[0]
                self.aliases[top] = top

    def visit_ImportFrom(self, node):
        module = node.module or ""
        if node.level:
            self.add("imports", node, module="." * node.level + module, form="relative", **self.branch())
        for alias in node.names:
            full = module + "." + alias.name if module else alias.name
            if not node.level:
                self.add("imports", node, module=module, name=alias.name, form="from", **self.branch())
            if alias.name != "*":
                self.aliases[alias.asname or alias.name] = full if not node.level else alias.name

    # --- calls and names ---------------------------------------------------

    def visit_Call(self, node):
        self.call_funcs.add(id(node.func))
        name = self.resolve(node.func)
        if name in ("__import__", "importlib.import_module", "importlib.__import__", "imp.load_module",
                    "importlib.util.spec_from_file_location"):
            target = self.literal_import(node)
            if target:
                self.add("imports", node, module=target, form="dynamic-literal")
            else:
                self.add("dynamic_imports", node, call=name)
        if name in DYNAMIC_ACCESS_CALLS:
            if name in ("getattr", "setattr", "delattr") and len(node.args) >= 2 \
                    and isinstance(node.args[1], ast.Constant) and isinstance(node.args[1].value, str):
                base = self.resolve(node.args[0])
                attr = node.args[1].value
                if base:
                    self.add("names", node, name=base + "." + attr, via=name)
                if attr in DYNAMIC_ACCESS_ATTRS:
                    self.add("dynamic_access", node, what=name + "(…, '" + attr + "')")
                elif not base:
                    self.add("dynamic_access", node, what=name)
            else:
                self.add("dynamic_access", node, what=name + "()")
        if name:
            self.add("calls", node, name=name)
            if name in ("open", "io.open", "os.open", "builtins.open"):
                self.path_argument(node, name, write=opens_for_writing(node))
            elif name in WRITE_CALLS:
                self.path_argument(node, name, write=True)
            elif name in ("pathlib.Path", "pathlib.PurePath"):
                # A path object: what is done with it (read, mkdir, write) comes later.
                self.path_argument(node, name, mention=True)
            elif name in PATH_CALLS or name.endswith((".read_text", ".read_bytes")):
                self.path_argument(node, name)
            elif isinstance(node.func, ast.Attribute) and node.func.attr in WRITE_METHODS:
                self.path_argument(node, name, write=True)
        elif isinstance(node.func, ast.Attribute) and node.func.attr in ("read_csv", "read_json", "read_excel",
                                                                           "read_parquet", "read_table", "loadtxt"):
            self.path_argument(node, node.func.attr)
        elif isinstance(node.func, ast.Attribute) and node.func.attr in WRITE_METHODS:
            receiver = node.func.value
            if node.func.attr in ("write_text", "write_bytes", "mkdir") and isinstance(receiver, ast.Call):
                # Path("x.txt").write_text(...): the path is the receiver's.
                self.path_argument(receiver, node.func.attr, write=True)
            else:
                self.path_argument(node, node.func.attr, write=True)

    def path_argument(self, node, name, write=False, mention=False):
        arg = node.args[0] if node.args else None
        if arg is None:
            for kw in node.keywords:
                if kw.arg in ("file", "filepath_or_buffer", "path", "fname", "path_or_buf", "io", "excel_writer",
                              "filename"):
                    arg = kw.value
        if isinstance(arg, ast.Constant) and isinstance(arg.value, (str, bytes)):
            value = arg.value.decode("utf-8", "replace") if isinstance(arg.value, bytes) else arg.value
            if write:
                self.add("paths", node, path=value, call=name, write=True)
            elif mention:
                self.add("paths", node, path=value, call=name, mention=True)
            else:
                self.add("paths", node, path=value, call=name)

    def visit_Attribute(self, node):
        if node.attr in DYNAMIC_ACCESS_ATTRS:
            self.add("dynamic_access", node, what="." + node.attr)
        if id(node) not in self.call_funcs:
            name = self.resolve(node)
            if name:
                self.add("names", node, name=name, via="attribute")
        # Only the outermost attribute of a chain is a name; its parts are not.
        self.call_funcs.add(id(node.value))

    def visit_Name(self, node):
        if id(node) in self.call_funcs:
            return
        origin = self.aliases.get(node.id)
        if node.id in BUILTIN_NAMES and origin is None:
            self.add("names", node, name=node.id, via="reference")
            if node.id == "__builtins__":
                self.add("dynamic_access", node, what="__builtins__")
        elif origin and origin != node.id:
            self.add("names", node, name=origin, via="alias")

    def visit_Subscript(self, node):
        # sys.modules["os"], __builtins__["eval"]
        base = self.resolve(node.value)
        if base in ("sys.modules", "__builtins__", "builtins.__dict__") and isinstance(node.slice, ast.Constant):
            self.add("dynamic_access", node, what=base + "[" + repr(node.slice.value) + "]")

    # --- literals ----------------------------------------------------------

    def visit_Constant(self, node):
        # Documentation links are for people; an address the code uses is not.
        if id(node) in self.docstrings:
            return
        if isinstance(node.value, bytes):
            text = node.value.decode("latin-1")
        elif isinstance(node.value, str):
            text = node.value
        else:
            return
        text = text[:100000]
        seen = set()
        for m in URL.finditer(text):
            seen.add(m.group(0))
            self.add("network_literals", node, value=m.group(0)[:300], kind="url")
        for m in IPV4.finditer(text):
            if any(m.group(0) in s for s in seen):
                continue
            try:
                ipaddress.ip_address(m.group(0))
            except ValueError:
                continue
            self.add("network_literals", node, value=m.group(0), kind="ip")
        for m in HOST.finditer(text):
            if any(m.group(0) in s for s in seen):
                continue
            self.add("network_literals", node, value=m.group(0)[:300], kind="host")
        if text.strip().lower() == "localhost":
            self.add("network_literals", node, value="localhost", kind="host")


def receive_code(fd):
    """Waits for the host: the byte "g" and the code as a descriptor."""
    import socket

    channel = socket.socket(fileno=fd)
    try:
        message, fds, _flags, _addr = socket.recv_fds(channel, 1, 1)
    except OSError:
        message, fds = b"", []
    channel.close()
    if message != b"g" or len(fds) != 1:
        sys.exit("airlock analyzer: no code was sent")
    with os.fdopen(fds[0], "rb") as f:
        return f.read()


def main():
    if sys.argv[1] == "--socket":
        source = receive_code(int(sys.argv[2]))
    else:
        with open(sys.argv[1], "rb") as f:
            source = f.read()
    if b"\0" in source:
        json.dump({"unreadable": "the code contains NUL bytes: it is binary data, not Python source"}, sys.stdout)
        return
    try:
        text = source.decode("utf-8")
    except UnicodeDecodeError as e:
        json.dump({"unreadable": "the code is not valid UTF-8 text (byte %d)" % e.start}, sys.stdout)
        return
    try:
        tree = ast.parse(text, filename="code.py")
    except SyntaxError as e:
        json.dump({"syntax_error": {"message": e.msg, "line": e.lineno or 0, "col": e.offset or 0}}, sys.stdout)
        return
    except (RecursionError, MemoryError, ValueError) as e:
        json.dump({"unreadable": "the code is nested too deeply to analyse (%s)" % type(e).__name__}, sys.stdout)
        return
    analyzer = Analyzer()
    try:
        analyzer.visit(tree)
    except RecursionError:
        json.dump({"unreadable": "the code is nested too deeply to analyse"}, sys.stdout)
        return
    result = dict(analyzer.out)
    result["truncated"] = analyzer.truncated
    json.dump(result, sys.stdout)


# A short-lived process whose syntax tree lives to the end: the cycle
# collector would only walk it again and again (10-20 % of a large check).
gc.disable()
sys.setrecursionlimit(4000)
main()

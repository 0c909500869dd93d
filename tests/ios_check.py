#!/usr/bin/env python3
"""Checks the iOS app's Swift against the Swift bindings generated from the
core, without a Swift compiler (there is none on Linux).

    ios_check.py BINDINGS.swift APP_DIR

1. Every Swift file under APP_DIR must parse with tree-sitter-swift (any
   ERROR or MISSING node fails the run).
2. The generated WaymarkCore.swift is parsed too. Its declarations give the
   classes, records (structs), enums and protocols the core exports, with
   each function's argument labels and whether it is `async` / `throws`.
3. Every call in the app whose receiver resolves to a type the bindings
   declare is checked: the method must exist, the argument labels must
   match, and `try` / `await` must be present exactly when the generated
   function throws / is async. Every member read on a resolved record or
   object (`screen.items`) must be a declared property, and every enum case
   the app names in a `switch` or `if case` on a resolved enum must exist
   with the same number of associated values. Every bindings type the app
   names must be `public`: the bindings are a module of their own.

Types are resolved by a small local inference, not by a type checker:
declared types of properties, parameters and `let x: T`, results of calls
into the bindings, fields of records, `for x in <array>` elements and
`if let` / `guard let` bindings. Calls whose receiver cannot be resolved but
whose method name is one the core's object declares are counted as
"unresolved" and listed, so the output says what was not checked.

Exits 1 on any parse error or mismatch. `--expect-failure` inverts that (for
the self-test in tests/ios_check_test.py).
"""

import re
import sys
from pathlib import Path

import tree_sitter_swift
from tree_sitter import Language, Parser

PARSER = Parser(Language(tree_sitter_swift.language()))

# The generated file guards doc attributes with `#if swift(>=5.8)`, which
# the grammar cannot place before a declaration. Blank those lines (same
# line count, so positions stay right) before parsing the bindings only.
_DOC_ATTR = re.compile(
    r"^[ \t]*(#if swift\(>=5\.8\)|@_documentation\(visibility: private\)|#endif)[ \t]*$",
    re.M,
)


def parse(src: bytes):
    return PARSER.parse(src).root_node


def text(n) -> str:
    return n.text.decode()


def errors(root):
    out = []
    stack = [root]
    while stack:
        n = stack.pop()
        if n.type == "ERROR" or n.is_missing:
            out.append(n.start_point)
            continue
        stack.extend(n.children)
    return sorted(out)


def base_type(t: str | None) -> str | None:
    """`Screen?` -> `Screen`; `[Item]` -> `[Item]` (arrays kept)."""
    if t is None:
        return None
    t = t.strip()
    while t.endswith("?") or t.endswith("!"):
        t = t[:-1].strip()
    return t


def elem_type(t: str | None) -> str | None:
    t = base_type(t)
    if t and t.startswith("[") and t.endswith("]") and ":" not in t:
        return base_type(t[1:-1])
    return None


def split_top(s: str):
    """Splits on commas outside parentheses."""
    out, depth, cur = [], 0, ""
    for ch in s:
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth -= 1
        if ch == "," and depth == 0:
            out.append(cur)
            cur = ""
        else:
            cur += ch
    out.append(cur)
    return [x for x in out if x.strip()]


def src_between(a, b) -> str:
    """The source text from node a's start to node b's end."""
    root = a
    while root.parent is not None:
        root = root.parent
    return root.text[a.start_byte : b.end_byte].decode()


class Func:
    def __init__(self, name, labels, is_async, throws, ret, static):
        self.name, self.labels = name, labels
        self.is_async, self.throws, self.ret, self.static = is_async, throws, ret, static


def func_of(n, static=False):
    labels, is_async, throws, ret = [], False, False, None
    name = None
    seen_arrow = False
    for c in n.children:
        f = n.field_name_for_child(list(n.children).index(c))
        if c.type == "parameter":
            ext = c.child_by_field_name("external_name")
            labels.append(text(ext) if ext else text(c.child_by_field_name("name")))
        elif c.type == "async":
            is_async = True
        elif c.type == "throws":
            throws = True
        elif c.type == "->":
            seen_arrow = True
        elif f == "name" and name is None:
            name = text(c)
        elif f == "name" and seen_arrow:
            ret = text(c)
    labels = [None if l == "_" else l for l in labels]
    return Func(name, labels, is_async, throws, ret, static)


class Bindings:
    """What WaymarkCore.swift declares."""

    def __init__(self, src: bytes):
        src = _DOC_ATTR.sub("", src.decode()).encode()
        root = parse(src)
        self.recovered = len(errors(root))
        self.types = {}  # name -> kind (class/struct/enum/protocol)
        self.internal = set()  # types without `public`: the app cannot name them
        self.methods = {}  # type -> name -> [Func]
        self.props = {}  # type -> name -> type
        self.cases = {}  # enum -> case -> arity
        self.payloads = {}  # enum -> case -> associated value types
        self.functions = {}  # top-level name -> [Func]
        self._walk(root, None)

    def _walk(self, n, owner):
        for c in n.children:
            if c.type in ("class_declaration", "protocol_declaration"):
                kind = text(c.child_by_field_name("declaration_kind"))
                name = text(c.child_by_field_name("name"))
                if kind == "extension":
                    self._walk(c, name if name in self.types else None)
                    continue
                self.types[name] = kind
                mods = next((m for m in c.children if m.type == "modifiers"), None)
                if mods is None or not re.search(r"\b(public|open)\b", text(mods)):
                    self.internal.add(name)  # invisible from the app's module
                self.methods.setdefault(name, {})
                self.props.setdefault(name, {})
                if kind == "enum":
                    self.cases.setdefault(name, {})
                self._walk(c, name)
            elif c.type in ("function_declaration", "protocol_function_declaration"):
                mods = c.child_by_field_name("modifiers") or next(
                    (m for m in c.children if m.type == "modifiers"), None
                )
                modtext = text(mods) if mods else ""
                if owner is None and "private" in modtext:
                    continue
                f = func_of(c, static="static" in modtext)
                if owner is None:
                    self.functions.setdefault(f.name, []).append(f)
                elif "private" not in modtext and "internal" not in modtext:
                    self.methods[owner].setdefault(f.name, []).append(f)
            elif c.type == "init_declaration" and owner:
                f = func_of(c)
                f.name, f.ret = "init", owner
                self.methods[owner].setdefault("init", []).append(f)
            elif c.type == "property_declaration" and owner:
                pat = c.child_by_field_name("name")
                ann = next((x for x in c.children if x.type == "type_annotation"), None)
                if pat is not None and ann is not None:
                    pname = text(pat.child_by_field_name("bound_identifier") or pat)
                    self.props[owner][pname.strip("`")] = text(ann.child_by_field_name("name"))
            elif c.type == "enum_entry" and owner in self.cases:
                names = [x for x in c.children if x.type == "simple_identifier"]
                data = c.child_by_field_name("data_contents")
                arity = 0
                payload = []
                if data is not None:
                    arity = sum(1 for x in data.children if x.type == ",") + 1
                    kids = list(data.children)
                    payload = [text(x) for i, x in enumerate(kids) if data.field_name_for_child(i) == "name"]
                for nm in names:
                    self.cases[owner][text(nm)] = arity
                    if len(payload) == arity:
                        self.payloads.setdefault(owner, {})[text(nm)] = payload
            elif c.type in ("class_body", "enum_class_body", "protocol_body", "ERROR"):
                self._walk(c, owner)
            elif c.type == "computed_property" or c.type == "statements":
                continue


BOUNDARY = {
    "lambda_literal",
    "function_body",
    "statements",
    "computed_property",
    "class_body",
    "source_file",
}


class Checker:
    def __init__(self, b: Bindings):
        self.b = b
        self.calls = self.fields = self.cases = 0
        self.unresolved = []
        self.unresolved_reads = 0  # `x.y` reads whose `x` has no inferred type
        self.problems = []
        self.vars = {}  # app-wide property name -> type (unique names only)
        self.members = {}  # (app type, member) -> declared type
        self.app_ext = {}  # bindings type -> methods the app adds in an extension

    # ---- type inference -------------------------------------------------
    def collect_decls(self, root):
        """App-wide `name: Type` member declarations."""
        found = {}
        stack = [root]
        while stack:
            n = stack.pop()
            stack.extend(n.children)
            if n.type == "class_declaration" and text(n.child_by_field_name("declaration_kind")) == "extension":
                ext = text(n.child_by_field_name("name"))
                body = n.child_by_field_name("body")
                for m in body.children if body is not None else []:
                    if m.type == "function_declaration":
                        self.app_ext.setdefault(ext, set()).add(text(m.child_by_field_name("name")))
            # Members only (a property in a type's body): locals and
            # parameters resolve through their enclosing scope instead.
            if n.type == "property_declaration" and n.parent is not None and n.parent.type == "class_body":
                pat = n.child_by_field_name("name")
                ann = next((x for x in n.children if x.type == "type_annotation"), None)
                val = n.child_by_field_name("value")
                owner = n.parent.parent
                owner = text(owner.child_by_field_name("name")) if owner is not None and owner.child_by_field_name("name") else None
                if pat is not None and ann is not None:
                    nm = text(pat.child_by_field_name("bound_identifier") or pat)
                    found.setdefault(nm, set()).add(base_type(text(ann.child_by_field_name("name"))))
                    self.members[(owner, nm)] = base_type(text(ann.child_by_field_name("name")))
                elif pat is not None and val is not None and val.type == "call_expression":
                    # `let lock = NSLock()`: the type it constructs.
                    fn = val.children[0]
                    if fn.type == "simple_identifier" and text(fn)[:1].isupper():
                        nm = text(pat.child_by_field_name("bound_identifier") or pat)
                        found.setdefault(nm, set()).add(text(fn))
                        self.members[(owner, nm)] = text(fn)
        return found

    def local_type(self, ident, node):
        """The type of an identifier: nearest enclosing declaration first."""
        name = text(ident)
        scope = node.parent
        while scope is not None:
            if scope.type == "lambda_literal":
                t = self._lambda_param_type(scope, name)
                if t:
                    return t
            if scope.type == "switch_entry":
                t = self._case_binding_type(scope, name)
                if t:
                    return t
            for c in scope.children:
                if c.start_byte >= node.start_byte and scope.type != "for_statement":
                    break
                t = self._decl_type(c, name)
                if t:
                    return t
            scope = scope.parent
        ts = self.vars.get(name)
        if ts and len(ts) == 1:
            return next(iter(ts))
        return None

    def _foreach_elem(self, lam):
        """Element type of the array a `ForEach(array, …) { x in }` walks."""
        suffix = lam.parent
        call = suffix.parent if suffix is not None else None
        if suffix is None or suffix.type != "call_suffix" or call is None or call.type != "call_expression":
            return None
        if text(call.children[0]) != "ForEach":
            return None
        args = next((c for c in suffix.children if c.type == "value_arguments"), None)
        first = next((a for a in args.children if a.type == "value_argument"), None) if args else None
        if first is None or first.child_by_field_name("name") is not None:
            return None
        return elem_type(self.expr_type(first.child_by_field_name("value")))

    def _lambda_param_type(self, lam, name):
        params = []
        for c in lam.children:
            if c.type == "lambda_function_type":
                stack = [c]
                while stack:
                    n = stack.pop()
                    if n.type == "lambda_parameter":
                        nm = n.child_by_field_name("name")
                        if nm is not None:
                            params.append(text(nm))
                    stack.extend(n.children)
        if (params[:1] == [name]) or (not params and name == "$0"):
            return self._foreach_elem(lam)
        return None

    def _case_binding_type(self, entry, name):
        """`case .home(let s):` on a resolved enum: the associated type."""
        sw = entry.parent
        if sw is None or sw.type != "switch_statement":
            return None
        et = base_type(self.expr_type(sw.child_by_field_name("expr")))
        if et not in self.b.payloads:
            return None
        for p in entry.children:
            if p.type != "switch_pattern":
                continue
            m = re.match(r"\s*\.(\w+)\s*\((.*)\)\s*$", text(p), re.S)
            if not m or m.group(1) not in self.b.payloads[et]:
                continue
            for i, part in enumerate(split_top(m.group(2))):
                if re.fullmatch(r"\s*(let|var)\s+" + re.escape(name) + r"\s*", part):
                    return base_type(self.b.payloads[et][m.group(1)][i])
        return None

    def _decl_type(self, c, name):
        if c.type == "parameter":
            nm = c.child_by_field_name("name")
            ty = [x for x in c.children if c.field_name_for_child(list(c.children).index(x)) == "name"]
            if nm is not None and text(nm) == name and len(ty) >= 2:
                return base_type(text(ty[-1]))
        if c.type == "property_declaration":
            pat = c.child_by_field_name("name")
            if pat is None or text(pat.child_by_field_name("bound_identifier") or pat) != name:
                return None
            ann = next((x for x in c.children if x.type == "type_annotation"), None)
            if ann is not None:
                return base_type(text(ann.child_by_field_name("name")))
            val = c.child_by_field_name("value")
            return self.expr_type(val) if val is not None else None
        if c.type in ("if_statement", "guard_statement", "while_statement"):
            kids = list(c.children)
            for i, k in enumerate(kids):
                if k.type == "simple_identifier" and text(k) == name and i + 2 < len(kids):
                    if kids[i + 1].type == "=":
                        return base_type(self.expr_type(kids[i + 2]))
        if c.type == "for_statement":
            item = c.child_by_field_name("item")
            coll = c.child_by_field_name("collection")
            if item is not None and coll is not None and text(item) == name:
                return elem_type(self.expr_type(coll))
        return None

    def expr_type(self, n):
        if n is None:
            return None
        t = n.type
        if t in ("try_expression", "await_expression"):
            return self.expr_type(n.child_by_field_name("expr"))
        if t == "parenthesized_expression" and n.named_child_count == 1:
            return self.expr_type(n.named_children[0])
        if t == "simple_identifier":
            if text(n) == "WaymarkCore":
                return "module"
            if text(n) in self.b.types:
                return "type:" + text(n)
            return self.local_type(n, n)
        if t == "self_expression":
            return self.extended(n)
        if t == "navigation_expression":
            target = n.child_by_field_name("target")
            suffix = n.child_by_field_name("suffix")
            member = text(suffix.child_by_field_name("suffix")) if suffix else None
            if target is not None and target.type == "self_expression":
                ts = self.vars.get(member)
                return next(iter(ts)) if ts and len(ts) == 1 else None
            rt = base_type(self.expr_type(target))
            if rt == "module":
                return "type:" + member if member in self.b.types else None
            if rt and rt.startswith("type:"):
                return None
            if rt in self.b.props and member in self.b.props[rt]:
                return base_type(self.b.props[rt][member])
            if rt is not None and (rt[5:] if rt.startswith("type:") else rt, member) in self.members:
                # `model.screen` (AppModel), `SharedCore.core`: an app type's member.
                return self.members[(rt[5:] if rt.startswith("type:") else rt, member)]
            if rt not in self.b.types:
                # Otherwise by the app-wide property name, when only one
                # type is declared under it.
                ts = self.vars.get(member)
                return next(iter(ts)) if ts and len(ts) == 1 else None
            return None
        if t == "call_expression":
            f = self.resolve_call(n)
            return base_type(f.ret) if f else None
        return None

    def extended(self, n):
        """The bindings type an enclosing `extension T` extends, if any."""
        while n is not None:
            if n.type == "class_declaration" and text(n.child_by_field_name("declaration_kind")) == "extension":
                name = text(n.child_by_field_name("name"))
                return name if name in self.b.types else None
            n = n.parent
        return None

    # ---- calls ----------------------------------------------------------
    def callee(self, call):
        fn = call.children[0]
        if fn.type == "navigation_expression":
            suffix = fn.child_by_field_name("suffix")
            if suffix is None or suffix.child_by_field_name("suffix") is None:
                return None, None
            return fn.child_by_field_name("target"), text(suffix.child_by_field_name("suffix"))
        if fn.type == "simple_identifier":
            return None, text(fn)
        return None, None

    def resolve_call(self, call):
        target, name = self.callee(call)
        if name is None:
            return None
        if target is None:
            if name in self.b.types and self.b.types[name] in ("struct", "class"):
                fs = self.b.methods[name].get("init", [])
                return self._pick(fs, call) or (Func("init", None, False, False, name, True))
            fs = self.b.functions.get(name)
            if fs:
                return self._pick(fs, call)
            if name[:1].isupper():  # `NSLock()`: an app or Foundation type
                return Func("init", None, False, False, name, True)
            return None
        rt = base_type(self.expr_type(target))
        if rt is None:
            return None
        if rt == "module":
            return self.resolve_init(name, call)
        if rt.startswith("type:"):
            rt = rt[5:]
        fs = self.b.methods.get(rt, {}).get(name)
        return self._pick(fs, call) if fs else None

    def resolve_init(self, name, call):
        if self.b.types.get(name) in ("struct", "class"):
            fs = self.b.methods[name].get("init", [])
            return self._pick(fs, call) or Func("init", None, False, False, name, True)
        return None

    def _pick(self, fs, call):
        labels = self.labels(call)
        for f in fs or []:
            if f.labels is None or f.labels == labels:
                return f
        return fs[0] if fs else None

    def labels(self, call):
        out = []
        suffix = next((c for c in call.children if c.type == "call_suffix"), None)
        if suffix is None:
            return out
        args = next((c for c in suffix.children if c.type == "value_arguments"), None)
        if args is None:
            return out  # trailing closure only
        for a in args.children:
            if a.type == "value_argument":
                lab = a.child_by_field_name("name")
                out.append(text(lab).rstrip(":").strip() if lab else None)
        return out

    def covered(self, call, op):
        """Is `call` inside a `try`/`await` of its own expression?"""
        kind = "try_expression" if op == "try" else "await_expression"
        n = call.parent
        while n is not None and n.type not in BOUNDARY:
            if n.type == kind:
                return True
            n = n.parent
        return False

    def direct(self, call, op):
        """Does a `try`/`await` apply to exactly this call (its operand)?"""
        kind = "try_expression" if op == "try" else "await_expression"
        n = call.parent
        while n is not None and n.type in ("try_expression", "await_expression"):
            if n.type == kind:
                return True
            n = n.parent
        return False

    def inner_needs(self, node, op):
        """Does any resolved call under `node` need `op`?"""
        stack = [node]
        while stack:
            n = stack.pop()
            if n.type == "lambda_literal":
                continue
            if n.type == "call_expression":
                f = self.resolve_call(n)
                if f and (f.throws if op == "try" else f.is_async):
                    return True
            stack.extend(n.children)
        return False

    def check_call(self, path, call):
        target, name = self.callee(call)
        if name is None:
            return
        where = f"{path}:{call.start_point[0] + 1}"
        if target is None:
            if name in self.b.functions:
                self._check(where, name, self.b.functions[name], call)
            elif self.b.types.get(name) == "struct" and self.b.methods[name].get("init"):
                self._check(where, f"{name}.init", self.b.methods[name]["init"], call)
            return
        rt = base_type(self.expr_type(target))
        if rt == "module":
            if self.b.types.get(name) == "struct" and self.b.methods[name].get("init"):
                self._check(where, f"WaymarkCore.{name}.init", self.b.methods[name]["init"], call)
            elif name not in self.b.types and name not in self.b.functions:
                self.problems.append(f"{where}: WaymarkCore has no `{name}`")
            return
        if rt and rt.startswith("type:"):
            rt = rt[5:]
        if rt in self.b.types:
            fs = self.b.methods.get(rt, {}).get(name)
            if fs is None and rt in self.b.cases:
                self.check_case(where, rt, name, len(self.labels(call)))
                return
            if fs is None:
                if name not in self.app_ext.get(rt, set()):
                    self.problems.append(f"{where}: {rt} has no method `{name}`")
                return
            self._check(where, f"{rt}.{name}", fs, call)
            return
        if rt is None and name in self.b.methods.get("Waymark", {}):
            self.unresolved.append(f"{where}: {text(call.children[0])}(...)")

    def _check(self, where, label, fs, call):
        self.calls += 1
        labels = self.labels(call)
        match = [f for f in fs if f.labels == labels]
        if not match:
            want = " or ".join("(" + ", ".join(f"{l or '_'}:" for l in f.labels) + ")" for f in fs)
            got = "(" + ", ".join(f"{l or '_'}:" for l in labels) + ")"
            self.problems.append(f"{where}: {label}{got} but the bindings declare {label}{want}")
            return
        f = match[0]
        for op, needed in (("try", f.throws), ("await", f.is_async)):
            has = self.covered(call, op)
            if needed and not has:
                self.problems.append(f"{where}: {label} is {'throws' if op == 'try' else 'async'} but has no `{op}`")
            if not needed and self.direct(call, op) and not self.inner_needs(call, op):
                self.problems.append(f"{where}: `{op}` on {label}, which is not {'throws' if op == 'try' else 'async'}")

    # ---- fields and cases ----------------------------------------------
    def check_nav(self, path, nav):
        if nav.parent is not None and nav.parent.type == "call_expression" and nav.parent.children[0] == nav:
            return  # a method call, checked as a call
        target = nav.child_by_field_name("target")
        suffix = nav.child_by_field_name("suffix")
        if target is None or suffix is None or suffix.child_by_field_name("suffix") is None:
            return
        member = text(suffix.child_by_field_name("suffix")).strip("`")
        if target.type == "key_path_expression":
            rt = self._keypath_root(nav)
            if rt is None:
                self.unresolved_reads += 1
                return
        else:
            rt = base_type(self.expr_type(target))
        if rt is None:
            self.unresolved_reads += 1
            return
        if rt.startswith("type:") or rt.startswith("["):
            return
        if rt in self.b.types and self.b.types[rt] in ("struct", "class"):
            self.fields += 1
            if member not in self.b.props.get(rt, {}):
                self.problems.append(f"{path}:{nav.start_point[0] + 1}: {rt} has no field `{member}`")

    def _keypath_root(self, nav):
        """`ForEach(array, id: \\.field)`: the key path's root is the element."""
        arg = nav.parent
        suffix = arg.parent.parent if arg is not None and arg.parent is not None else None
        call = suffix.parent if suffix is not None else None
        if arg is None or arg.type != "value_argument" or call is None or call.type != "call_expression":
            return None
        if text(call.children[0]) != "ForEach":
            return None
        args = arg.parent
        first = next((a for a in args.children if a.type == "value_argument"), None)
        if first is None or first == arg:
            return None
        return elem_type(self.expr_type(first.child_by_field_name("value")))

    def check_cases(self, path, subject_type, patterns):
        """`patterns`: (node, text) of `.case` or `.case(let a, _)`."""
        et = base_type(subject_type)
        if et not in self.b.cases:
            return
        for node, ptext in patterns:
            for alt in split_top(ptext):
                m = re.match(r"\s*(?:let\s+|var\s+)?\.(\w+)\s*(\((.*)\))?\s*$", alt, re.S)
                if not m:
                    continue
                arity = 0 if m.group(2) is None else len(split_top(m.group(3)))
                self.check_case(f"{path}:{node.start_point[0] + 1}", et, m.group(1), arity)

    def check_case(self, where, et, case, arity):
        self.cases += 1
        if case not in self.b.cases[et]:
            self.problems.append(f"{where}: {et} has no case `.{case}`")
        elif arity and arity != self.b.cases[et][case]:
            self.problems.append(f"{where}: {et}.{case} binds {arity} values, the bindings declare {self.b.cases[et][case]}")

    def check_file(self, path, root):
        stack = [root]
        while stack:
            n = stack.pop()
            stack.extend(n.children)
            if n.type in ("type_identifier", "simple_identifier") and text(n) in self.b.internal:
                self.problems.append(
                    f"{path}:{n.start_point[0] + 1}: {text(n)} is not public in WaymarkCore (a separate module)"
                )
            if n.type == "call_expression":
                self.check_call(path, n)
            elif n.type == "navigation_expression":
                self.check_nav(path, n)
            elif n.type == "switch_statement":
                subj = n.child_by_field_name("expr")
                pats = [
                    (p, text(p))
                    for e in n.children
                    if e.type == "switch_entry"
                    for p in e.children
                    if p.type == "switch_pattern"
                ]
                self.check_cases(path, self.expr_type(subj), pats)
            elif n.type in ("if_statement", "guard_statement"):
                kids = list(n.children)
                for i, k in enumerate(kids):
                    if k.type != "case":
                        continue
                    j = next((j for j in range(i + 1, len(kids)) if kids[j].type == "="), None)
                    if j is None or j + 1 >= len(kids):
                        continue
                    ptext = src_between(kids[i + 1], kids[j - 1])
                    self.check_cases(path, self.expr_type(kids[j + 1]), [(k, ptext)])


def main(argv):
    expect_failure = "--expect-failure" in argv
    argv = [a for a in argv if a != "--expect-failure"]
    bindings_path, app_dir = Path(argv[1]), Path(argv[2])
    b = Bindings(bindings_path.read_bytes())
    c = Checker(b)
    files = sorted(app_dir.rglob("*.swift"))
    trees = []
    for f in files:
        root = parse(f.read_bytes())
        for row, col in errors(root):
            c.problems.append(f"{f}:{row + 1}:{col + 1}: Swift parse error")
        trees.append((f, root))
        for k, v in c.collect_decls(root).items():
            c.vars.setdefault(k, set()).update(v)
    for f, root in trees:
        c.check_file(str(f), root)
    n_methods = sum(len(m) for m in b.methods.values())
    print(
        f"ios-check: bindings: {len(b.types)} types, {n_methods} methods, "
        f"{len(b.functions)} functions ({b.recovered} regions the grammar recovered from)"
    )
    print(
        f"ios-check: {len(files)} app files parsed; {c.calls} calls into the core checked, "
        f"{c.fields} record fields checked, {c.cases} enum cases checked; "
        f"{len(c.unresolved)} calls with an unresolved receiver"
    )
    print(
        f"ios-check: not checked: {c.unresolved_reads} member reads whose receiver has no inferred type "
        "(closure parameters such as `$0`, SwiftUI and Foundation values); Xcode type-checks those"
    )
    for u in c.unresolved:
        print(f"  unresolved: {u}")
    for p in c.problems:
        print(f"  MISMATCH: {p}")
    failed = bool(c.problems) or not files or c.calls == 0
    if expect_failure:
        return 0 if failed else 1
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

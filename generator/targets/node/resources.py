"""The resource and namespace classes: the symbol pass's scopes filled with operation views."""

from __future__ import annotations

from dataclasses import dataclass, field

from .literals import ts_string
from .operations import TsOperation, TsParam
from .symbols import Scope


@dataclass
class TsMember:
    """One method of a resource or namespace class."""

    name: str
    op: TsOperation
    kind: str  # operation, alias, iterate, wait, tail, stream
    runtime: str  # the Caller method it calls
    signature: list[TsParam]
    returns: str
    type_arg: str
    args: list[str]
    doc: str
    path_args: list[str] = field(default_factory=list)  # a resource method's path values, in order

    @property
    def params_doc(self) -> str:
        """The parameter names, as the README shows a call."""
        return ", ".join(p.name for p in self.signature)


@dataclass
class TsImport:
    """One import line: `import [type] { names } from "module"`, or `* as star` when star is set."""

    module: str
    names: list[str] = field(default_factory=list)
    type_only: bool = False
    star: str = ""


@dataclass
class TsNamespace:
    """A class of methods: a tag's resource, or a namespace a pinned name made."""

    path: tuple[str, ...]
    class_name: str
    doc: str
    resource: bool
    file: str = ""  # module under src/ (resources only; namespaces live in namespaces.ts)
    members: list[TsMember] = field(default_factory=list)
    children: list[tuple[str, TsNamespace]] = field(default_factory=list)
    imports: list[TsImport] = field(default_factory=list)


def build_namespace(scope: Scope, views: dict[str, TsOperation], built: dict[int, TsNamespace]) -> TsNamespace:
    """The class of one scope (its children built once, shared by identity)."""
    if id(scope) in built:
        return built[id(scope)]
    if scope.resource is not None:
        doc = scope.resource.description or f"Operations tagged `{scope.resource.name}`."
    else:
        doc = f"The `{'.'.join(scope.path)}` namespace of the resource model."
    ns = TsNamespace(scope.path, scope.class_name, doc, scope.resource is not None, scope.file)
    built[id(scope)] = ns
    ns.members = [member(name, views[operation_id], kind) for name, kind, operation_id in scope.members]
    ns.children = [(name, build_namespace(child, views, built)) for name, child in scope.children]
    return ns


_PAGED_ARGS = ["pathParams", "query", "options"]


def member(name: str, op: TsOperation, kind: str) -> TsMember:
    """The method `name` of kind `kind` for operation `op`."""
    if kind in ("operation", "alias"):
        doc = op.doc if kind == "operation" else (
            f"{op.summary}\n\nAlias of `{op.method_name}` ({op.http_method} {op.path})." if op.summary
            else f"Alias of `{op.method_name}` ({op.http_method} {op.path}).")
        if op.deprecated:
            doc += "\n\n@deprecated"
        return TsMember(name, op, kind, "call", op.signature, f"Promise<{op.result}>", op.result,
                        list(op.call_args), doc)
    if kind == "method":
        return _method(name, op)
    if kind in ("wait_method", "tail_method"):
        return _helper(name, op, kind)
    item = op.item or "unknown"
    if kind == "iterate":
        doc = f"Every item of `{op.method_name}` across all pages, fetched as the loop needs them."
        signature = [*op.iter_signature, TsParam("options", "RequestOptions", True)]
        return TsMember(name, op, kind, "iterate", signature, f"AsyncGenerator<{item}, void, undefined>",
                        item, _PAGED_ARGS, doc)
    if kind == "wait":
        doc = (f"Poll `{op.method_name}` until it reaches a terminal state; resolves to the last result. "
               "Rejects with `WaiterTimeoutError` after `waitTimeoutMs` (default 10 minutes).")
        signature = [*op.iter_signature, TsParam("options", f"WaitOptions<{op.result}>", True)]
        return TsMember(name, op, kind, "wait", signature, f"Promise<{op.result}>", op.result, _PAGED_ARGS, doc)
    if kind == "stream":
        doc = (f"Send `{op.method_name}` and yield its server-sent events as they arrive "
               "(`event.data` is the text of each event).")
        return TsMember(name, op, kind, "stream", op.signature, "AsyncGenerator<ServerSentEvent, void, undefined>",
                        "", list(op.call_args), doc)
    doc = (f"Follow `{op.method_name}` forward: yields items as they arrive, polling every "
           "`intervalMs` (default 2 s) until `signal` fires, `maxPolls` is reached or the loop breaks.")
    signature = [*op.iter_signature, TsParam("options", f"TailOptions<{item}>", True)]
    return TsMember(name, op, kind, "tail", signature, f"AsyncGenerator<{item}, void, undefined>", item,
                    _PAGED_ARGS, doc)


def _method(name: str, op: TsOperation) -> TsMember:
    """A resource method: path values positional, one params object, the seed's request underneath."""
    assert op.surface is not None
    signature = [*op.surface.path_args]
    if op.surface.params is not None:
        signature.append(op.surface.params)
    signature.append(TsParam("options", "RequestOptions", True))
    args = ["params" if op.surface.params is not None else "undefined", "options"]
    lists = op.item is not None and not any(key == "requestContentType" for key, _ in op.descriptor)
    base = op.doc.removesuffix("\n\n@deprecated")
    note = f"Sends what `{op.method_name}` sends; path values come first, in path order."
    if lists:
        note = ("Awaited, gives the first page (`data`, `hasNextPage()`, `getNextPage()`); `for await` gives "
                "every item across all pages, fetched as the loop needs them. " + note)
    doc = f"{base}\n\n{note}" + ("\n\n@deprecated" if op.deprecated else "")
    path_args = [p.name for p in op.surface.path_args]
    if op.streams:
        doc = f"{base}\n\nYields the server-sent events as they arrive (`event.data` is the text of each). {note}" + (
            "\n\n@deprecated" if op.deprecated else "")
        events = "AsyncGenerator<ServerSentEvent, void, undefined>"
        return TsMember(name, op, "method", "serverSentEvents", signature, events, "", args, doc, path_args)
    if lists:
        return TsMember(name, op, "method", "list", signature, f"PagePromise<{op.item}, {op.result}>",
                        f"{op.item}, {op.result}", args, doc, path_args)
    return TsMember(name, op, "method", "invoke", signature, f"APIPromise<{op.result}>", op.result, args, doc,
                    path_args)


def _helper(name: str, op: TsOperation, kind: str) -> TsMember:
    """The friendly form of a waiter or tail: the resource method's inputs, then bounded options."""
    assert op.surface is not None
    signature = [*op.surface.path_args]
    params = op.surface.params
    tail_param = next((value["param"] for key, value in op.descriptor if key == "tail"), None)
    if params is not None and kind == "tail_method" and tail_param is not None:
        params = TsParam(params.name, f"Omit<{params.type}, {ts_string(tail_param)}>", params.optional)
    if params is not None:
        signature.append(params)
    args = ["params" if params is not None else "undefined", "options"]
    path_args = [p.name for p in op.surface.path_args]
    if kind == "wait_method":
        signature.append(TsParam("options", f"WaitOptions<{op.result}>", True))
        doc = (f"Poll `{op.method_name}` until the result reaches a terminal state; resolves to it. Bounded: "
               "rejects with `WaiterTimeoutError` after `waitTimeoutMs` (default 10 minutes), after `maxPolls` "
               "polls or when `stop(last)` returns true, and with `APIUserAbortError` when `signal` fires.")
        return TsMember(name, op, "method", "waitFor", signature, f"Promise<{op.result}>", op.result, args, doc,
                        path_args)
    item = op.item or "unknown"
    signature.append(TsParam("options", f"TailOptions<{item}>", True))
    doc = (f"Follow `{op.method_name}` forward: yields items as they arrive, polling every `intervalMs` "
           "(default 2 s). Ends when `signal` fires, after `maxPolls` polls, once `tailTimeoutMs` has passed, "
           "when `stop(item)` returns true, or when the loop breaks.")
    return TsMember(name, op, "method", "follow", signature, f"AsyncGenerator<{item}, void, undefined>", item,
                    args, doc, path_args)


def children_first(namespaces: list[TsNamespace]) -> list[TsNamespace]:
    """Deepest first, so a class is declared before the class that creates it (easier to read)."""
    return sorted(namespaces, key=lambda ns: (-len(ns.path), ns.path))

"""Java's calls: the resource method (sync and async) and the seed's operationId method.

The values a call needs are the method's own path arguments with their Java types (`appID`:
`String`) and the params class it takes (`params`: `DeploymentsListParams`, in the SDK's `params`
package); the seed call is its typed form, which takes the operation's params class. Type names are
simple names: the models, params and runtime packages are imported. `client` is the reader's
client. tests/docs compiles every call with javac -Xlint:all -Werror."""

from __future__ import annotations

from .... import ir
from ....settings import Settings
from ...java.view import JavaView
from .base import Call


def java_calls(api: ir.Api, settings: Settings) -> dict[str, list[Call]]:
    view = JavaView(api, settings)
    friendly: dict[str, list[Call]] = {}
    pending = list(view.surface.roots)
    while pending:
        namespace = pending.pop(0)
        pending += namespace.children
        for method in namespace.methods:
            needs = [(a.name, a.type) for a in method.args]
            if method.params is not None and method.params_required:
                needs.append(("params", method.params.name))
            args = ", ".join(name for name, _ in needs)
            chain = "".join(f".{accessor}()" for accessor in method.chain)
            call = f"client{chain}.{method.name}({args})"
            code = f"for (var item : {call}) System.out.println(item);" if method.item_type else f"var result = {call};"
            friendly.setdefault(method.op.operation_id, [
                Call("java", "resource", code, tuple(needs)),
                Call("java", "async", f"var future = client{chain}.{method.async_name}({args});", tuple(needs)),
            ])
    result: dict[str, list[Call]] = {}
    for resource in view.resources:
        for op in resource.operations:
            needs = [("params", op.params.name)] if op.params is not None else []
            seed = f"var result = client.{resource.accessor}().{op.method_name}({', '.join(n for n, _ in needs)});"
            operation = Call("java", "operation", seed, tuple(needs))
            result[op.operation_id] = [*friendly.get(op.operation_id, []), operation]
    return result

"""The Ruby symbol provider (generator/targets/ruby/symbols.py) and its literal filter: reserved
words escaped, collisions resolved in one fixed order, names independent of anything but the
spec, and neutral descriptor data printed as Ruby."""

from __future__ import annotations

from generator import ir
from generator.settings import Settings
from generator.targets.ruby.literals import Call, Const, Frozen, KeyPath, Sym, WordArray, rb_literal
from generator.targets.ruby.symbols import RubySymbols

STRING = ir.Primitive("string")


def settings(**ruby: object) -> Settings:
    return Settings(api_name="shop", version="1.0.0", title="Shop", languages={"ruby": dict(ruby)})


def api_with(models: dict[str, ir.Model] | None = None, resources: list[ir.Resource] | None = None) -> ir.Api:
    api = ir.Api("Shop", "1")
    api.models = models or {}
    api.resources = resources or []
    return api


def operation(operation_id: str, path: str = "/things", **extra: object) -> ir.Operation:
    op = ir.Operation(operation_id, "GET", path, "things")
    for key, value in extra.items():
        setattr(op, key, value)
    return op


def test_reserved_words_are_escaped() -> None:
    models: dict[str, ir.Model] = {
        "String": ir.ObjectModel("String", [ir.Field("class", STRING, True), ir.Field("to_h", STRING, False),
                                            ir.Field("end", STRING, False), ir.Field("2fa", STRING, False)]),
        "Model": ir.ObjectModel("Model", []),
        "END": ir.EnumModel("END", "string", [ir.EnumValue("values"), ir.EnumValue("end"), ir.EnumValue("-")]),
    }
    resources = [ir.Resource("request", operations=[operation("then"), operation("class")]),
                 ir.Resource("Models")]
    symbols = RubySymbols(api_with(models, resources), settings(client="BaseClient"))
    assert symbols.class_names == {"String": "StringModel", "Model": "ModelModel", "END": "ENDModel"}
    assert symbols.attributes["String"] == ["class_", "to_h_", "end_", "field_2fa"]
    assert symbols.enum_constants["END"] == ["VALUES_2", "END_2", "EMPTY"]
    assert symbols.client == "BaseClientClient"  # a runtime constant is never the client's name
    assert [r.attr for r in symbols.resources] == ["request_", "models"]
    assert [r.class_name for r in symbols.resources] == ["Request", "ModelsResource"]
    assert [o.method for o in symbols.resources[0].operations] == ["then_", "class_"]


def test_collisions_resolve_in_spec_order() -> None:
    models: dict[str, ir.Model] = {
        "foo-bar": ir.ObjectModel("foo-bar", [ir.Field("a_b", STRING, True), ir.Field("aB", STRING, True),
                                              ir.Field("A-B", STRING, True)]),
        "FooBar": ir.ObjectModel("FooBar", []),
        "fooBar": ir.EnumModel("fooBar", "string", [ir.EnumValue("a b"), ir.EnumValue("A_B")]),
    }
    symbols = RubySymbols(api_with(models), settings())
    assert symbols.class_names == {"foo-bar": "FooBar", "FooBar": "FooBar2", "fooBar": "FooBar3"}
    assert symbols.model_files == {"foo-bar": "foo_bar", "FooBar": "foo_bar2", "fooBar": "foo_bar3"}
    assert symbols.attributes["foo-bar"] == ["a_b", "a_b_2", "a_b_3"]
    assert symbols.enum_constants["fooBar"] == ["A_B", "A_B_2"]


def test_helpers_take_their_names_after_their_method_in_operation_order() -> None:
    paged = ir.Pagination("page", ("items",), STRING, "page", stop=("empty",))
    first = operation("listThings", pagination=paged, waiter=ir.Waiter("thing", "state", ("done",)))
    second = operation("each_list_things")  # takes the name the first one's helper would like
    third = operation("list-things")  # the same snake_case name as the first
    symbols = RubySymbols(api_with(resources=[ir.Resource("things", operations=[first, second, third])]),
                          settings())
    names = [(o.method, o.each, o.wait, o.tail) for o in symbols.resources[0].operations]
    assert names == [("list_things", "each_list_things", "wait_for_thing", None),
                     ("each_list_things_2", None, None, None),
                     ("list_things_2", None, None, None)]


def test_the_same_spec_gives_the_same_names_and_declaration_order() -> None:
    models: dict[str, ir.Model] = {name: ir.ObjectModel(name, []) for name in ("Zeta", "alpha", "Mid", "ALPHA")}
    ops = [operation(o) for o in ("zulu", "alpha", "mike")]
    first = RubySymbols(api_with(models, [ir.Resource("b", operations=ops), ir.Resource("a")]), settings())
    second = RubySymbols(api_with(models, [ir.Resource("b", operations=ops), ir.Resource("a")]), settings())
    assert list(first.class_names.items()) == list(second.class_names.items())
    assert list(first.class_names.values()) == ["Zeta", "Alpha", "Mid", "ALPHA2"]  # spec order, not sorted
    assert [r.attr for r in first.resources] == ["b", "a"]
    assert [o.method for o in first.resources[0].operations] == ["zulu", "alpha", "mike"]


def test_aliases_name_their_class_and_an_alias_of_itself_loses_its_name() -> None:
    models: dict[str, ir.Model] = {
        "Thing": ir.ObjectModel("Thing", []),
        "Item": ir.AliasModel("Item", ir.NamedType("Thing")),
        "Loop": ir.AliasModel("Loop", ir.NamedType("Loop")),
        "Text": ir.AliasModel("Text", STRING),
    }
    symbols = RubySymbols(api_with(models), settings())
    assert symbols.aliases == [("Item", "Thing")]
    assert symbols.class_names == {"Thing": "Thing", "Item": "Item"}


def test_module_gem_and_client_from_settings() -> None:
    symbols = RubySymbols(api_with(), settings(module="9 lives", gem="JSON"))
    assert (symbols.module, symbols.gem, symbols.client) == ("Api9Lives", "json_sdk", "Client")


def test_the_literal_filter_prints_descriptor_data() -> None:
    assert rb_literal([Sym("array"), [Sym("nullable"), Sym("Thing")]]) == "[:array, [:nullable, :Thing]]"
    assert rb_literal([Sym("const"), "a#{b}"]) == '[:const, "a\\#{b}"]'
    assert rb_literal(KeyPath(("data", "items"))) == "%w[data items]"
    assert rb_literal(KeyPath(("a-b", "c"))) == '["a-b", "c"]'
    assert rb_literal(KeyPath(("items",))) == '["items"]'
    assert rb_literal(Frozen(WordArray(("done", "failed")))) == "%w[done failed].freeze"
    assert rb_literal(Frozen([1.5, 2.0])) == "[1.5, 2.0].freeze"
    assert rb_literal("x" * 10, column=100) == '"' + "x" * 10 + '"'
    assert rb_literal("x" * 30, column=100) == '"' + "x" * 16 + '" \\\n        "' + "x" * 14 + '"'
    assert rb_literal(Call("SECURITY_SCHEMES.values_at", args=("a", "b"))) == 'SECURITY_SCHEMES.values_at("a", "b")'
    assert rb_literal(Const("VERSION")) == "VERSION"
    assert rb_literal(None) == "nil" and rb_literal(123456) == "123_456"
    assert rb_literal(float("inf")) == "Float::INFINITY"


def test_a_call_too_long_for_its_column_takes_one_argument_a_line() -> None:
    call = Call("Param.new", kwargs=(("name", "x" * 40), ("location", "query"), ("required", True)))
    one_line = rb_literal(call)
    assert rb_literal(call, column=8, indent=8) == one_line  # fits: 8 + length + the comma <= 120
    long = Call("Param.new", kwargs=(("name", "x" * 100), ("required", False)))
    assert rb_literal(long, column=8, indent=8) == (
        'Param.new(\n          name: "' + "x" * 100 + '",\n          required: false\n        )')


def named(op: ir.Operation, resource: tuple[tuple[str, ...], ...], method: tuple[str, ...]) -> ir.Operation:
    op.neutral_name = ir.MethodName(resource, method)
    return op


def test_friendly_methods_share_a_tag_class_and_nest_new_ones_in_spec_order() -> None:
    from generator.targets.ruby.surface import SurfaceNames

    path = ir.Parameter("appID", "path", STRING, True)
    did = ir.Parameter("did", "path", STRING, True)
    ops = [
        named(operation("listThings", "/apps/{appID}/things", parameters=[path]), (("things",),), ("list",)),
        named(operation("getThing", "/apps/{appID}/things/{did}", parameters=[did, path]), (("things",),), ("get",)),
        named(operation("list", "/x"), (("things",),), ("list",)),  # its seed method is `list` already
        named(operation("connect", "/apps/{appID}/git", parameters=[path]), (("apps",), ("git",)),
              ("connect", "Github")),
        named(operation("select", "/s"), (("apps",),), ("select",)),  # an Object method
    ]
    api = api_with(resources=[ir.Resource("things", operations=ops)])
    symbols = RubySymbols(api, settings())
    surface = SurfaceNames(api, symbols.resources)
    nodes = surface.nodes()
    assert [(n.path, n.class_name, n.file, n.seed) for n in nodes] == [
        (("things",), "Things", "things", 0), (("apps",), "Apps", "apps", None),
        (("apps", "git"), "AppsGit", "apps_git", None)]
    things, apps, git = nodes
    # the seed's `list` keeps its name; the friendly one that wants it comes after
    assert [m.name for m in things.methods] == ["list_2", "get", "list_3"]
    assert [k.name for k in things.methods[1].positional] == ["app_id", "did"]  # path order, not parameter order
    assert [m.name for m in apps.methods] == ["select_"]
    assert [m.name for m in git.methods] == ["connect_github"]
    assert [(c.attr, c.class_name) for c in apps.children] == [("git", "AppsGit")]


def test_friendly_keywords_spread_an_object_body_and_never_take_options() -> None:
    from generator.targets.ruby.surface import method_symbols

    body = ir.Body("application/json", ir.NamedType("Input"), True)
    model = ir.ObjectModel("Input", [ir.Field("options", STRING, True), ir.Field("limit", STRING, False),
                                     ir.Field("2x", STRING, False)])
    op = operation("make", "/m", parameters=[ir.Parameter("limit", "query", STRING, False),
                                             ir.Parameter("X-Trace", "header", STRING, True)], body=body)
    method = method_symbols(api_with({"Input": model}), op, "make")
    assert [(k.name, k.wire, k.location, k.required) for k in method.keywords] == [
        ("limit", "limit", "query", False), ("x_trace", "X-Trace", "header", True),
        ("options_2", "options", "field", True), ("limit_2", "limit", "field", False), ("p_2x", "2x", "field", False)]
    whole = method_symbols(api_with(), operation("put", "/p", body=ir.Body("application/json", STRING, False)), "put")
    assert [(k.name, k.wire, k.location) for k in whole.keywords] == [("body", None, "body")]

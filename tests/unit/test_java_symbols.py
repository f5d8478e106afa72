"""The Java symbol provider (generator/targets/java/symbols.py): reserved words escaped, member-name
collisions resolved deterministically in one fixed-order pass, output order as the spec's; and the
literal filter (`java_value`) the templates print descriptor data with."""

from __future__ import annotations

import pytest

from generator import ir
from generator.naming import camel
from generator.targets.java import java_value
from generator.targets.java.symbols import (
    CLIENT_MEMBERS,
    TYPE_NAMES,
    JavaSymbols,
    class_name,
    java_name,
)

STRING = ir.Primitive("string")


def api(*resources: ir.Resource, models: dict[str, ir.Model] | None = None) -> ir.Api:
    result = ir.Api("T", "1", resources=list(resources))
    result.models = dict(models or {})
    return result


def op(operation_id: str, path: str = "/things", method: str = "GET", **kwargs: object) -> ir.Operation:
    operation = ir.Operation(operation_id, method, path, "things")
    for key, value in kwargs.items():
        setattr(operation, key, value)
    return operation


def test_reserved_words_are_escaped_in_every_kind_of_name() -> None:
    assert java_name("class", camel, "x") == "class_"
    assert java_name("2nd", camel, "x") == "x2nd"
    fields = [ir.Field("class", STRING, True), ir.Field("int", STRING, False), ir.Field("new", STRING, False)]
    symbols = JavaSymbols(api(models={"Thing": ir.ObjectModel("Thing", fields)}), "com.x", "Client")
    assert symbols.field_names("Thing", fields) == ["class_", "int_", "new_"]
    # a schema named like a java.lang or runtime type never takes the type's name
    models: dict[str, ir.Model] = {"String": ir.ObjectModel("String", []), "Operation": ir.ObjectModel("Operation", []),
                                   "Client": ir.ObjectModel("Client", [])}
    symbols = JavaSymbols(api(models=models), "com.x", "Client")
    assert symbols.class_names == {"String": "String_", "Operation": "Operation2", "Client": "Client2"}
    assert "Error" not in TYPE_NAMES  # an API's Error schema keeps its name
    enum = ir.EnumModel("E", "string", [ir.EnumValue(v) for v in ("enum", "values", "1st", "", "-")])
    assert JavaSymbols.enum_constants(enum) == ["ENUM", "VALUES_2", "VALUE_1ST", "EMPTY", "EMPTY_2"]


def test_member_names_clear_of_the_class_members_deterministically() -> None:
    words = ("builder", "to_builder", "hashCode", "thing", "Builder", "a-b", "a_b")
    fields = [ir.Field(w, STRING, False) for w in words]
    symbols = JavaSymbols(api(models={"Thing": ir.ObjectModel("Thing", fields)}), "com.x", "Client")
    first = symbols.field_names("Thing", fields)
    assert first == ["builder2", "toBuilder2", "hashCode2", "thing2", "builder3", "aB", "aB2"]
    assert symbols.field_names("Thing", fields) == first  # the same answer every time
    params = [ir.Parameter("body", "query", STRING, False), ir.Parameter("path_params", "query", STRING, False),
              ir.Parameter("x", "path", STRING, True)]
    assert JavaSymbols.param_names(params) == ["body2", "pathParams2", "x"]


def test_resource_accessors_and_methods_avoid_client_and_object_members() -> None:
    resources = [ir.Resource("close", operations=[op("toString"), op("getThing", "/a"), op("get_thing", "/b")]),
                 ir.Resource("Close", operations=[op("list", "/c", pagination=ir.Pagination(
                     "offset", ("items",), STRING, "offset"))])]
    symbols = JavaSymbols(api(*resources), "com.x", "Client")
    first, second = symbols.resources
    assert (first.accessor, first.class_name, second.accessor, second.class_name) == (
        "close2", "CloseResource", "close3", "CloseResource2")
    assert "close" in CLIENT_MEMBERS
    assert [o.method for o in first.operations] == ["toString2", "getThing", "getThing2"]
    assert [o.constant for o in first.operations] == ["TO_STRING", "GET_THING", "GET_THING_2"]
    assert [o.factory for o in first.operations] == ["toString2", "getThing", "getThing2"]
    assert [o.async_method for o in first.operations] == ["toString2Async", "getThingAsync", "getThing2Async"]
    assert second.operations[0].iterate == "iterateList"
    assert first.operations[0].params_class is None  # no parameters, no body: no params class


def test_names_are_handed_out_in_spec_order_and_class_names_are_shared() -> None:
    """Model classes first, then per resource its class and its params classes, all in one namespace."""
    query = [ir.Parameter("q", "query", STRING, False)]
    resources = [ir.Resource("things", operations=[op("thing", parameters=query)]),
                 ir.Resource("thing", operations=[op("things", "/x", parameters=query)])]
    models: dict[str, ir.Model] = {"ThingsResource": ir.ObjectModel("ThingsResource", []),
                                   "ThingParams": ir.ObjectModel("ThingParams", [])}
    symbols = JavaSymbols(api(*resources, models=models), "com.x", "Client")
    assert symbols.class_names == {"ThingsResource": "ThingsResource", "ThingParams": "ThingParams"}
    names = [(r.class_name, [o.params_class for o in r.operations]) for r in symbols.resources]
    assert names == [("ThingsResource2", ["ThingParams2"]), ("ThingResource", ["ThingsParams"])]
    again = JavaSymbols(api(*resources, models=models), "com.x", "Client")
    assert [(r.class_name, [o.params_class for o in r.operations]) for r in again.resources] == names


def test_union_wrappers_avoid_every_class_name() -> None:
    models: dict[str, ir.Model] = {"OfString": ir.ObjectModel("OfString", []),
                                   "U": ir.UnionModel("U", [STRING, ir.NamedType("OfString")])}
    symbols = JavaSymbols(api(models=models), "com.x", "Client")
    wrappers = symbols.union_wrappers("U")
    assert symbols.wrapper_name(wrappers, symbols.jtype(STRING)) == "OfString2"
    assert symbols.file("models", "U") == "src/main/java/com/x/models/U.java"
    assert symbols.file("", "Client") == "src/main/java/com/x/Client.java"


@pytest.mark.parametrize(("text", "expected"), [("2fa", "Op2faParams"), ("", "DefaultParams"), ("é!", "EParams")])
def test_class_names_take_a_suffix_and_a_letter_first(text: str, expected: str) -> None:
    assert class_name(text, "Params") == expected


def test_the_literal_filter_prints_neutral_values_as_java() -> None:
    assert java_value(None) == "null"
    assert java_value(True) == "true" and java_value(False) == "false"
    assert java_value(7) == "7L"
    assert java_value(1.5) == "1.5" and java_value(float("nan")) == "Double.NaN"
    assert java_value('a"b\\\n') == '"a\\"b\\\\\\n"'
    assert java_value(["a", 1]) == 'List.of("a", 1L)'
    assert java_value({"k": False}) == 'Map.of("k", false)'

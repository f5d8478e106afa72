"""The Ruby symbol provider: the one object that names every IR element of an SDK (module, gem,
client, model classes and their files, attributes, enum constants, resources, methods), with the
reserved words of Ruby and of the runtime in one place.

Names are allocated in one whole-program pass, in a fixed order: model classes (spec order),
model files, each class's attributes and each enum's constants, then resources (spec order) and,
inside each, its operations' methods in spec order, each followed by its helpers (`each_`,
`wait_for_`, `tail_`). A taken name gets `_2`, `_3`... (constants: `2`, `3`...)."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field

from ... import ir
from ...naming import RESERVED, NameAllocator, ascii_fold, method_name, pascal, screaming, snake, split_words
from ...passes.pagination import paging_in
from ...settings import Settings

# The styles the Ruby runtime's pager reads: all of them.
PAGED_STYLES = ir.PAGINATION_STYLES

# Ruby's keywords (the table is still kept in generator/naming.py beside the other languages').
KEYWORDS = RESERVED["ruby"]
# Constants the runtime defines in the SDK's module, and the ones generated code adds there.
RUNTIME_CONSTANTS = frozenset(
    """Error InvalidArgumentError APIConnectionError APITimeoutError APIStatusError ClientError BadRequestError
    AuthenticationError PermissionDeniedError NotFoundError ConflictError PreconditionFailedError
    UnprocessableEntityError PreconditionRequiredError RateLimitError ServerError InternalServerError
    ResponseDecodeError WaiterTimeoutError ClientClosedError RedirectResult RequestOptions FilePart Param Pagination
    Waiter Tail Argument SecurityScheme ServerSentEvent Operation Model Enum Union HTTPRequest HTTPResponse
    NetHTTPTransport RawResponse BaseClient Internal Models Resources OPERATIONS SECURITY_SCHEMES VERSION
    RUNTIME_FILES TAIL_CURSOR""".split()
)
# What generated model code names from inside the Models module (a model must not hide it).
MODEL_SCOPE = frozenset({"Model", "Enum", "Union"})
# Core and standard-library constants a generated class or module must not shadow.
CORE_CONSTANTS = frozenset(
    """Object BasicObject Kernel Module Class Comparable Enumerable Enumerator Hash Array String Symbol Integer
    Float Numeric Rational Complex Time Date DateTime Struct Data Set Range Regexp Proc Method Exception
    StandardError ArgumentError NameError NoMethodError RuntimeError TypeError KeyError IOError IO File Dir
    NilClass TrueClass FalseClass Math Process Signal Thread Fiber Mutex Queue Random Encoding Marshal
    ObjectSpace GC Binding Warning Errno Timeout JSON URI Net OpenSSL SecureRandom Zlib Logger
    DidYouMean Gem Ractor RubyVM Monitor Socket""".split()
)
# Methods of Object and private methods of Kernel: a reader or accessor must not take these names.
OBJECT_METHODS = frozenset(
    """__callee__ __dir__ __id__ __method__ __send__ abort at_exit autoload binding caller caller_locations
    catch class clone define_singleton_method display dup enum_for eval exec exit extend fail fork format
    freeze gem gets global_variables hash initialize initialize_clone initialize_copy initialize_dup inspect
    instance_eval instance_exec instance_variable_get instance_variable_set instance_variables itself lambda
    load local_variables loop method method_missing methods object_id open p pp print printf private_methods
    proc protected_methods public_method public_methods public_send putc puts raise rand readline readlines
    remove_instance_variable require require_relative respond_to_missing select send set_trace_func
    singleton_class singleton_method singleton_methods sleep spawn sprintf srand syscall system tap test then
    throw to_enum to_s trace_var trap untrace_var warn yield_self""".split()
)
# What a model has from the runtime's Model.
MODEL_MEMBERS = OBJECT_METHODS | frozenset(
    """additional_properties to_h to_json set deconstruct_keys deconstruct from_h decode fits attributes
    attributes_by_wire attribute assign_values attribute_for check_keywords""".split()
)
# What a client has from the runtime's BaseClient (a resource accessor may not shadow it).
CLIENT_MEMBERS = OBJECT_METHODS | frozenset(
    """base_url timeout open_timeout max_retries user_agent operations with_options close request call
    raw_request paginate wait tail init_resources seconds stringify_headers apply_options resolve_operation
    suggestion prepare put_all add_cookies add_idempotency_key perform retry retry_after build_attempt
    transport_error show_request show_response state_of waiter_timeout follow next_tail_query full
    retryable_status stream url_of exchange stream_exchange whole_stream follow_stream token_source
    deliver_token_request fixed_parts call_headers oauth_token attempt invoke""".split()
)
# Standard-library features a gem's entry file must not hide (`require "time"` would load it).
STDLIB_FEATURES = frozenset(
    """json time uri date set net logger securerandom openssl zlib socket timeout digest base64 erb csv yaml
    psych fileutils tempfile pathname stringio strscan monitor forwardable singleton observer open3 optparse
    pp prettyprint English benchmark bigdecimal delegate etc fiber io ipaddr objspace ostruct rbconfig ripper
    shellwords tmpdir tsort un weakref webrick minitest rake bundler rubygems""".split()
)
# Names an enum's constants may not take: its own VALUES, and the two capitalised keywords.
ENUM_RESERVED = frozenset({"VALUES", "BEGIN", "END"})

_MAX_FILE = 60  # a file's name, so every path stays short enough for `gem build` (tar: 100 a name)


# ---------------------------------------------------------------- name shapes


def escape(name: str, extra: frozenset[str] = frozenset()) -> str:
    """`name`, or `name_` (`name__`...) while it is a keyword or among `extra`."""
    while name in KEYWORDS or name in extra:
        name += "_"
    return name


def ascii_words(text: str) -> list[str]:
    """The words of `text`, with accents folded and other non-ASCII letters dropped."""
    words = split_words(ascii_fold(text))
    return [w for w in (re.sub(r"[^A-Za-z0-9]", "", w) for w in words) if w]


def constant_name(text: str, fallback: str, reserved: frozenset[str], suffix: str) -> str:
    """A Ruby constant (CamelCase, ASCII, starting with a capital) for any spec name."""
    name = pascal(ascii_words(text)) or fallback
    if not name[0].isalpha():
        name = fallback + name
    if name in reserved or name in CORE_CONSTANTS or name in ("BEGIN", "END"):  # the two capitalised keywords
        name += suffix
    return name


def file_name(name: str) -> str:
    """`name` as a file name short enough to package: long ones keep a prefix and a stable hash."""
    if len(name) <= _MAX_FILE:
        return name
    digest = hashlib.sha1(name.encode("utf-8")).hexdigest()[:8]
    return name[: _MAX_FILE - 9].rstrip("_") + "_" + digest


def snake_name(text: str, fallback: str, prefix: str, reserved: frozenset[str]) -> str:
    """A Ruby method or attribute name (snake_case, ASCII) for any spec name."""
    name = snake(ascii_words(text)) or fallback
    if name[0].isdigit():
        name = prefix + name
    return escape(name, reserved)


def operation_method(operation_id: str) -> str:
    """The seed method name of an operation: its operationId in snake_case."""
    name = method_name(operation_id, "ruby")
    if not re.fullmatch(r"[a-z_][a-z0-9_]*", name):
        name = snake_name(operation_id, "operation", "op_", frozenset())
    return escape(name, OBJECT_METHODS)


def enum_constant(raw: object) -> str:
    """The constant of one enum value, before collisions are resolved."""
    constant = screaming(ascii_words(str(raw))) or "EMPTY"
    if not constant[0].isalpha():
        constant = "VALUE_" + constant
    if isinstance(raw, (int, float)) and not isinstance(raw, bool) and raw < 0:
        constant = "MINUS_" + constant
    return constant


def alias_class(models: dict[str, ir.Model], t: ir.Type, seen: set[str]) -> str | None:
    """The declaration an alias stands for, when it is a class, enum or union."""
    while isinstance(t, ir.NamedType) and t.name not in seen:
        seen.add(t.name)
        decl = models.get(t.name)
        if isinstance(decl, (ir.ObjectModel, ir.EnumModel, ir.UnionModel)):
            return t.name
        if not isinstance(decl, ir.AliasModel):
            return None
        t = decl.target
    return None


# ---------------------------------------------------------------- the provider


@dataclass
class OperationSymbols:
    method: str
    each: str | None = None  # paginated operations
    wait: str | None = None  # operations with a waiter
    tail: str | None = None  # cursor-paged operations with a tail


@dataclass
class ResourceSymbols:
    attr: str
    class_name: str
    file: str
    operations: list[OperationSymbols] = field(default_factory=list)  # in the resource's order


class RubySymbols:
    """Every Ruby name of one SDK, decided once."""

    def __init__(self, api: ir.Api, settings: Settings) -> None:
        self.api = api
        options = settings.for_language("ruby")
        self.module = constant_name(str(options.get("module") or settings.title), "Api", frozenset(), "Api")
        gem = re.sub(r"[^a-z0-9_]", "_", str(options.get("gem") or settings.api_name).lower()).strip("_") or "api"
        if gem[0].isdigit():
            gem = "api_" + gem
        self.gem = gem + "_sdk" if gem in STDLIB_FEATURES else gem
        self.client = constant_name(str(options.get("client") or "Client"), "Client", RUNTIME_CONSTANTS, "Client")
        self.class_names = self._class_names()
        self.model_files = self._model_files()
        self.aliases = self._aliases()
        self.attributes = {name: self._attributes(decl) for name, decl in api.models.items()
                           if isinstance(decl, ir.ObjectModel) and name in self.model_files}
        self.enum_constants = {name: self._enum_constants(decl) for name, decl in api.models.items()
                               if isinstance(decl, ir.EnumModel) and name in self.model_files}
        self.resources = self._resources()

    # ------------------------------------------------------------ models

    def _class_names(self) -> dict[str, str]:
        """Every declaration that becomes a Ruby class or module, named once for the whole SDK."""
        allocator = NameAllocator(MODEL_SCOPE | CORE_CONSTANTS)
        names = {}
        for model_name, decl in self.api.models.items():
            if isinstance(decl, ir.AliasModel) and alias_class(self.api.models, decl.target, set()) is None:
                continue
            names[model_name] = allocator.allocate(constant_name(model_name, "Model", MODEL_SCOPE, "Model"))
        return names

    def _model_files(self) -> dict[str, str]:
        files = NameAllocator()
        result = {}
        for model_name, decl in self.api.models.items():
            if model_name in self.class_names and isinstance(decl, (ir.ObjectModel, ir.EnumModel, ir.UnionModel)):
                result[model_name] = files.allocate(file_name(snake(split_words(self.class_names[model_name]))
                                                              or "model"), "_")
        return result

    def _aliases(self) -> list[tuple[str, str]]:
        """(alias constant, class constant) for every alias of a class; an alias of itself loses its name."""
        result = []
        for model_name, decl in self.api.models.items():
            if isinstance(decl, ir.AliasModel) and model_name in self.class_names:
                target = alias_class(self.api.models, decl.target, {model_name})
                if target is not None and target in self.class_names:
                    result.append((self.class_names[model_name], self.class_names[target]))
                else:  # an alias of itself: nothing to name
                    del self.class_names[model_name]
        return result

    @staticmethod
    def _attributes(decl: ir.ObjectModel) -> list[str]:
        allocator = NameAllocator()
        return [allocator.allocate(snake_name(f.wire_name, "field", "field_", MODEL_MEMBERS), "_")
                for f in decl.fields]

    @staticmethod
    def _enum_constants(decl: ir.EnumModel) -> list[str]:
        allocator = NameAllocator(ENUM_RESERVED)
        return [allocator.allocate(enum_constant(value.value), "_") for value in decl.values]

    # ------------------------------------------------------------ resources and methods

    def _resources(self) -> list[ResourceSymbols]:
        attrs = NameAllocator()
        classes = NameAllocator()
        files = NameAllocator()
        result = []
        for resource in self.api.resources:
            attr = attrs.allocate(snake_name(resource.name, "default", "r", CLIENT_MEMBERS), "_")
            class_name = classes.allocate(constant_name(attr, "Resource", RUNTIME_CONSTANTS, "Resource"))
            names = ResourceSymbols(attr, class_name, files.allocate(file_name(attr), "_"))
            methods = NameAllocator()
            for op in resource.operations:
                names.operations.append(self._operation(op, methods))
            result.append(names)
        return result

    @staticmethod
    def _operation(op: ir.Operation, methods: NameAllocator) -> OperationSymbols:
        method = methods.allocate(operation_method(op.operation_id), "_")
        names = OperationSymbols(method)
        if paging_in(op, PAGED_STYLES):
            names.each = methods.allocate("each_" + method, "_")
        if op.waiter is not None:
            names.wait = methods.allocate("wait_for_" + snake_name(op.waiter.name, "resource", "", frozenset()), "_")
        if op.tail is not None and paging_in(op, ("cursor",)) is not None:
            names.tail = methods.allocate("tail_" + snake_name(op.tail.name, "items", "", frozenset()), "_")
        return names

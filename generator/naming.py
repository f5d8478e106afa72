"""Names: one word splitter, the case styles, reserved words, collisions.

Every identifier in every language comes from `split_words`. A word keeps
the casing it was written with, so an acronym written in capitals (`ID` in
`AppIDDeployments`) stays an acronym in Pascal and camel case, while a word
written as `Api` stays `Api`: that is what reproduces the seed's names
exactly in every language.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable

# Alternatives, tried in order at each position of an alphanumeric chunk:
#   URLs   an acronym with a plural s
#   ID     an acronym followed by a capitalised word (IDDeployments)
#   Apps   a capitalised or lower-case word, digits folded in (v1beta1, k8s)
#   V1     an acronym, digits folded in
#   2fa    digits, with lower-case letters after them
#   ...    any other run of letters (scripts without case)
_WORD = re.compile(
    r"[A-Z]{2,}s(?=[A-Z0-9]|$)"
    r"|[A-Z]+(?=[A-Z][a-z])"
    r"|[A-Z]?[a-z]+(?:[0-9]+[a-z]*)*"
    r"|[A-Z]+(?:[0-9]+[a-z]*)*"
    r"|[0-9]+[a-z]*"
    r"|[^\W\d_]+"
)


def split_words(text: str) -> list[str]:
    """Split any spec string into words, keeping each word's own casing."""
    return list(_split_words(text))


@functools.lru_cache(maxsize=65536)
def _split_words(text: str) -> tuple[str, ...]:
    # Cached: every target names the same schemas, properties and operations again.
    words: list[str] = []
    for chunk in re.split(r"[\W_]+", identifier_text(text)):
        if not chunk:
            continue
        words.extend(m.group(0) for m in _WORD.finditer(chunk))
    if len(words) > 1 and not any(c.islower() for c in text):
        # SCREAMING_SNAKE: capitals here say nothing about acronyms.
        words = [w.lower() for w in words]
    return tuple(words)


def _is_acronym(word: str) -> bool:
    """Two or more letters, all capitals (a plural `s` after them allowed: URLs)."""
    core = word[:-1] if len(word) > 2 and word.endswith("s") and word[:-1].isupper() else word
    letters = [c for c in core if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


@functools.lru_cache(maxsize=65536)
def _title(word: str) -> str:
    # Cached: a spec repeats a few hundred words tens of thousands of times across the targets.
    if _is_acronym(word):
        return word
    return word[:1].upper() + word[1:].lower()


def pascal(words: Iterable[str]) -> str:
    return "".join(_title(w) for w in words)


def camel(words: Iterable[str]) -> str:
    items = list(words)
    if not items:
        return ""
    return items[0].lower() + pascal(items[1:])


def snake(words: Iterable[str]) -> str:
    return "_".join(w.lower() for w in words)


def screaming(words: Iterable[str]) -> str:
    return "_".join(w.upper() for w in words)


def kebab(words: Iterable[str]) -> str:
    return "-".join(w.lower() for w in words)


def identifier_text(text: str) -> str:
    """`text` with accents folded, NFKC-normalised (as Python identifiers are), and every
    character that is neither an ASCII letter or digit nor a Unicode letter turned into a
    separator: what is left is valid inside an identifier in every target language."""
    if text.isascii():  # folding and NFKC change nothing in ASCII
        return _NOT_ASCII_ALNUM.sub(" ", text)
    normal = unicodedata.normalize("NFKC", ascii_fold(text))
    return "".join(c if (c.isascii() and c.isalnum()) or _is_old_letter(c) else " " for c in normal)


def _is_old_letter(c: str) -> bool:
    """A letter now and already in Unicode 3.2: every target's lexer knows it as one. Letters added
    later (a CJK ideograph of Unicode 13, say) are not letters to lexers built on older tables
    (Kotlin's rejected one as an enum entry name), so they become separators."""
    return unicodedata.category(c) in _LETTERS and unicodedata.ucd_3_2_0.category(c) in _LETTERS


_LETTERS = frozenset({"Lu", "Ll", "Lt", "Lm", "Lo"})
_NOT_ASCII_ALNUM = re.compile(r"[^A-Za-z0-9]")


def ascii_fold(text: str) -> str:
    """Latin letters with accents lose them; other scripts stay as they are."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


# Reserved words per target: keywords, and names that generated code or the
# language's tooling give a meaning to in the positions we emit.
RESERVED: dict[str, frozenset[str]] = {
    "python": frozenset(
        """False None True and as assert async await break class continue def del elif else
        except finally for from global if import in is lambda nonlocal not or pass raise return
        try while with yield match case type print self cls l O I""".split()
    ),
    "go": frozenset(
        """break case chan const continue default defer else fallthrough for func go goto if
        import interface map package range return select struct switch type var
        bool byte complex64 complex128 error float32 float64 int int8 int16 int32 int64 rune
        string uint uint8 uint16 uint32 uint64 uintptr true false iota nil append cap close
        complex copy delete imag len make new panic print println real recover any comparable
        ctx err""".split()
    ),
    "java": frozenset(
        """abstract assert boolean break byte case catch char class const continue default do
        double else enum extends final finally float for goto if implements import instanceof
        int interface long native new package private protected public return short static
        strictfp super switch synchronized this throw throws transient try void volatile while
        true false null var record yield sealed permits non-sealed Object String Class""".split()
    ),
    "kotlin": frozenset(
        """as as? break class continue do else false for fun if in !in interface is !is null
        object package return super this throw true try typealias typeof val var when while
        Any Unit Nothing String Int Long Double Float Boolean List Map""".split()
    ),
    "ruby": frozenset(
        """__ENCODING__ __LINE__ __FILE__ BEGIN END alias and begin break case class def defined?
        do else elsif end ensure false for if in module next nil not or redo rescue retry return
        self super then true undef unless until when while yield object_id send class hash
        method methods freeze dup clone initialize""".split()
    ),
    "typescript": frozenset(
        """break case catch class const continue debugger default delete do else enum export
        extends false finally for function if import in instanceof new null return super switch
        this throw true try typeof var void while with as implements interface let package
        private protected public static yield any boolean constructor declare get module
        require number set string symbol type from of await async undefined never unknown
        object Object Array Promise Record""".split()
    ),
}


def escape_reserved(name: str, language: str, extra: Iterable[str] = ()) -> str:
    """`name`, or `name_` when it is reserved in `language` (or among `extra`)."""
    reserved = RESERVED[language]
    extra_set = set(extra)
    while name in reserved or name in extra_set:
        name += "_"
    return name


def safe_identifier(name: str, fallback: str) -> str:
    """An identifier that does not start with a digit and is never empty."""
    if not name:
        return fallback
    if name[0].isdigit():
        return fallback[:1] + name if fallback else "n" + name
    return name


class NameAllocator:
    """Hands out distinct names in the order asked, deterministically.

    Two names collide when they are equal ignoring case, because a file
    system may ignore case and a reader may too. The first keeps its name;
    later ones get 2, 3, ... appended.
    """

    def __init__(self, taken: Iterable[str] = ()) -> None:
        self._used: set[str] = {t.lower() for t in taken}

    def allocate(self, name: str, separator: str = "") -> str:
        candidate = name
        number = 2
        while candidate.lower() in self._used:
            candidate = f"{name}{separator}{number}"
            number += 1
        self._used.add(candidate.lower())
        return candidate


# How each target cases an operation's method name (the seed fixes these).
_METHOD_CASE = {
    "python": snake,
    "ruby": snake,
    "go": pascal,
    "java": camel,
    "kotlin": camel,
    "typescript": camel,
}


def method_name(operation_id: str, language: str) -> str:
    """The method an operationId becomes in `language`, reserved words escaped."""
    name = _METHOD_CASE[language](split_words(operation_id)) or "call"
    if name[0].isdigit():
        name = ("Op" if language == "go" else "op_" if language in ("python", "ruby") else "op") + name
    return escape_reserved(name, language)

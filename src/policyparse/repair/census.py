"""Which of the rare characters the repair steps look for a text holds: one scan, shared by those steps.

Several steps open on a test for one class of rare characters (a tone mark, a trace of garbling, a damage mark, a
Traditional-only character, a private-use or full-width character) and most texts hold none: each test alone is a
scan of the whole text that finds nothing. The classes the steps name with `watch` are joined into one, the text is
scanned for that class once (the standard module skips through a text for a class in C), and each test then asks
the few characters found. The answer is the one the class's own search of the text gives: every character the
class matches is in the joined class, so it is among those found.

The last text scanned is kept with what it holds: the steps that see the same text (a step that changes nothing
returns the text it was given) share the one scan, and a text a step changed is scanned again (one scan, as the
step's own test would have been). `forget` lets the text go once repair is done.
"""

from __future__ import annotations

import re as stdre
from collections.abc import Callable
from typing import Protocol


class CharClass(Protocol):
    """A compiled pattern of one character class, `[…]` (of either pattern module)."""

    pattern: str

    def search(self, string: str, /): ...


_watched: list[Callable[[], CharClass]] = []
_joined: tuple[stdre.Pattern, frozenset[int]] | None = None  # the joined class, the ids of the classes it holds
_last: tuple[str, str] | None = None  # the last text scanned, the watched characters it holds


def watch(provider: Callable[[], CharClass]) -> Callable[[], CharClass]:
    """Add the class `provider()` gives (called when the first text is scanned) to the joined class."""
    global _joined
    _watched.append(provider)
    _joined = None
    return provider


def holds(text: str, char_class: CharClass) -> bool:
    """char_class.search(text) is not None: answered from the characters the joined class found in `text`."""
    global _last
    joined, members = _joined_class()
    if id(char_class) not in members:
        return char_class.search(text) is not None  # not watched: its own scan
    last = _last
    if last is None or last[0] is not text:
        last = _last = (text, "".join(set(joined.findall(text))))
    return char_class.search(last[1]) is not None


def forget() -> None:
    """Let the last text scanned go (a long document is not kept past its repair)."""
    global _last
    _last = None


def _joined_class() -> tuple[stdre.Pattern, frozenset[int]]:
    global _joined
    if _joined is None:
        classes = [provider() for provider in _watched]
        for c in classes:
            if not _is_one_class(c.pattern):
                raise ValueError(f"census.watch takes a pattern of one character class, not {c.pattern[:40]!r}")
        joined = stdre.compile("[" + "".join(c.pattern[1:-1] for c in classes) + "]")
        _joined = (joined, frozenset(map(id, classes)))
    return _joined


def _is_one_class(pattern: str) -> bool:
    """`[…]`, not negated, with no `]` inside but escaped ones (what can be joined by writing the insides together)."""
    inside = pattern[1:-1]
    return (pattern.startswith("[") and pattern.endswith("]") and not inside.startswith("^")
            and "]" not in inside.replace("\\\\", "").replace("\\]", ""))

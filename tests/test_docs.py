"""The README documents the command line the app really has (after sqlite-utils' tests/test_docs.py).

Commands and options come from the Click command Typer builds, never from a hand list, so a new option
fails here until the README's "Command line" section lists it in its command's synopsis and shows it in
an example; and every `policyparse ...` line the README shows must still parse, so a removed or renamed
option fails too.
"""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest
import typer
import typer.main

from policyparse.cli import app

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
GROUP = typer.main.get_command(app)
COMMANDS = dict(GROUP.commands)

# an option as written: -o, --max-memory (not the '-' of stdin, a path like in/../x or a range like 2021-2035)
OPTION = re.compile(r"(?<![\w./-])--?[A-Za-z][\w-]*")
INLINE_INVOCATION = re.compile(r"`(policyparse (?:[a-z]|-)[^`]*)`")


def _section(title: str) -> str:
    start = README.index(f"\n## {title}\n")
    end = README.find("\n## ", start + 1)
    return README[start:end if end >= 0 else None]


CLI = _section("Command line")


def _sh_lines(text: str) -> list[str]:
    """The `policyparse ...` lines of the ```sh blocks in `text`, comments cut off."""
    lines = []
    for block in re.findall(r"```sh\n(.*?)```", text, re.S):
        lines += [line.split("  #")[0].strip() for line in block.splitlines() if line.startswith("policyparse ")]
    return lines


def _argv(line: str) -> list[str]:
    """The arguments after `policyparse`, up to a redirection or pipe."""
    words = []
    for word in shlex.split(line)[1:]:
        if word in ("<", ">", "|", "2>", "&&") or word.startswith((">", "2>")):
            break
        words.append(word)
    return words


def _options(command) -> list:
    # Typer builds on its own copy of Click (typer._click): the parameter's kind, not isinstance, tells an option
    return [p for p in command.params if p.param_type_name == "option"]


def _spellings(command) -> set[str]:
    return {opt for p in _options(command) for opt in p.opts + p.secondary_opts}


def _help_names() -> set[str]:
    return set(GROUP.make_context("policyparse", [], resilient_parsing=True).help_option_names)


def _synopsis(name: str) -> str:
    """The first inline `policyparse NAME ...` of the Command line section: the command's synopsis."""
    found = re.search(rf"`policyparse {re.escape(name)}(?:\s[^`]*)?`", CLI)
    assert found, f"the README's Command line section has no synopsis `policyparse {name} ...`"
    return found.group()


def _examples(name: str, text: str = README) -> list[list[str]]:
    return [argv for argv in map(_argv, _sh_lines(text)) if argv[:1] == [name]]


def test_the_app_has_the_commands_the_readme_is_organised_by():
    assert set(COMMANDS) >= {"parse", "repair", "schema", "eval", "units"}


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_every_command_has_a_synopsis_listing_exactly_its_options(name):
    written = set(OPTION.findall(_synopsis(name)))
    options = _spellings(COMMANDS[name])
    assert options - written == set(), f"policyparse {name}: options missing from the README synopsis"
    assert written - options == set(), f"policyparse {name}: the README synopsis lists options the command lacks"


def test_the_top_level_synopsis_lists_version_and_help():
    found = re.search(r"`policyparse \[[^`]*`", CLI)
    assert found, "the README's Command line section has no synopsis `policyparse [--version] ...`"
    assert set(OPTION.findall(found.group())) == _spellings(GROUP) | _help_names()


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_every_command_has_an_example_in_the_command_line_section(name):
    assert _examples(name, CLI), f"no ```sh example of `policyparse {name}` in the README's Command line section"


@pytest.mark.parametrize(
    "name, option",
    [(name, p.opts[0]) for name, c in sorted(COMMANDS.items()) for p in _options(c)],
)
def test_every_option_is_shown_in_an_example(name, option):
    """Any spelling will do (-f or --format); the example may stand in another section (--engine dask)."""
    param = next(p for p in COMMANDS[name].params if option in p.opts)
    used = {word.split("=")[0] for argv in _examples(name) for word in argv}
    assert used & set(param.opts + param.secondary_opts), f"no README example of `policyparse {name} {option}`"


def test_the_top_level_options_are_shown_in_examples():
    used = {word for argv in map(_argv, _sh_lines(CLI)) for word in argv[:1]}
    for param in GROUP.params:
        assert used & set(param.opts), f"no README example of `policyparse {param.opts[0]}`"
    assert used & _help_names(), "no README example of `policyparse -h`"


def _invocations() -> list[str]:
    """Every command line the README shows: ```sh lines and inline code, synopses ([...]) aside."""
    inline = [s for s in INLINE_INVOCATION.findall(README) if "[" not in s]
    return _sh_lines(README) + inline


@pytest.mark.parametrize("line", _invocations())
def test_every_invocation_in_the_readme_parses(line):
    """A command or option that no longer exists (or a value the option refuses) fails Click's parser here."""
    argv = _argv(line)
    if argv[:1] and argv[0].startswith("-"):
        assert set(argv) <= _spellings(GROUP) | _help_names(), line
        return
    assert argv and argv[0] in COMMANDS, f"{line}: no command {argv[:1]}"
    if _help_names() & set(argv):
        return  # help exits while parsing; the command exists, that is all there is to check
    try:
        COMMANDS[argv[0]].make_context(argv[0], argv[1:])
    except typer.TyperException as exc:  # Click's usage errors, raised by Typer's copy of Click
        pytest.fail(f"{line}: {exc.format_message()}")


def test_every_option_named_in_the_command_line_section_exists():
    """Prose and examples alike: `--quiet` in a sentence must be an option of some command."""
    known = _help_names() | _spellings(GROUP)
    for command in COMMANDS.values():
        known |= _spellings(command)
    blocks = re.findall(r"```.*?```|`[^`]+`", CLI, re.S)  # an inline span may run over a line break
    code = "\n".join(line.split("  #")[0] for block in blocks for line in block.splitlines())
    assert set(OPTION.findall(code)) - known == set(), "the Command line section names options no command has"

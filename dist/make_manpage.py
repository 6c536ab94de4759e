#!/usr/bin/python3
"""Writes integra's manual page from the program's own help.

    make_manpage.py INTEGRA TEMPLATE OUTPUT

Runs `INTEGRA --help`, then `INTEGRA COMMAND ... --help` for every subcommand that a help lists
(CLI11's "Subcommands:" section, or a group's), recursively, and fills TEMPLATE (roff, the fixed sections) at
@VERSION@, @GLOBAL_OPTIONS@ and @COMMANDS@. A command added to the program is in the page at the
next build, with no edit here. Text is escaped for roff: every `-` is `\\-` (options and IDs
copy and search as typed), every non-ASCII character a `\\[uXXXX]` escape, so that the page
renders alike with `man` (which runs preconv) and plain `groff -man`.
"""

import os
import re
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

# CLI11 2.1's help: a description line, `Usage: ...`, then sections ("Positionals:", "Options:",
# "Subcommands:", or a group's name) whose entries start with two spaces and have their
# description from column 30 (COLUMN), or on the next line, so indented, when the entry is too
# long to leave a space before it; then a footer.
COLUMN = 30
CONTINUATION = re.compile(r"^ {3,}(\S.*)$")


def split_entry(line, next_line):
    """An entry line's (left, description)."""
    if CONTINUATION.match(next_line) or len(line) <= COLUMN or line[COLUMN - 1] != " ":
        return line.strip(), ""  # the description, if any, is on the next line
    return line[:COLUMN].strip(), line[COLUMN:].strip()


@dataclass
class Help:
    description: str = ""
    usage: str = ""
    positionals: list = field(default_factory=list)  # [(left, description)]
    options: list = field(default_factory=list)
    subcommands: list = field(default_factory=list)
    footer: str = ""


def parse_help(text):
    """The parts of one command's --help output. An entry of a group of options starts with
    `-`; any other outside "Positionals" is a subcommand (of "Subcommands" or a group's)."""
    help = Help()
    section = None
    entries = None  # the list the last entry went to
    lines = [line for line in text.splitlines() if line.strip()]
    for line, next_line in zip(lines, lines[1:] + [""]):
        if line.startswith("Usage: "):
            help.usage = line[len("Usage: "):].strip()
        elif not line.startswith(" ") and line.endswith(":"):
            section = line[:-1]
        elif not line.startswith(" "):
            text = help.footer if section else help.description
            text = (text + " " + line.strip()).strip()
            if section:
                help.footer = text
            else:
                help.description = text
        elif (m := CONTINUATION.match(line)) and entries:
            left, description = entries[-1]
            entries[-1] = (left, (description + " " + m.group(1)).strip())
        else:
            left, description = split_entry(line, next_line)
            entries = (help.options if left.startswith("-")
                       else help.positionals if section == "Positionals"
                       else help.subcommands)
            entries.append((left, description))
    return help


def run_help(integra, words):
    result = subprocess.run([integra, *words, "--help"], capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit(f"make_manpage.py: `integra {' '.join(words)} --help` exited "
                         f"{result.returncode}: {result.stderr.strip()}")
    return parse_help(result.stdout)


def read_tree(integra):
    """The Help of every command, by its words: level by level, each level's helps at once
    (a sanitizer build takes a tenth of a second to start)."""
    helps = {}
    level = [()]
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        while level:
            for words, help in zip(level, pool.map(lambda w: run_help(integra, list(w)), level)):
                helps[words] = help
            level = [(*words, name) for words in level for name, _ in helps[words].subcommands]
    return helps


def walk(helps, words=()):
    """(words, Help) of the command `words` and of every subcommand below it, in help order."""
    yield list(words), helps[words]
    for name, _ in helps[words].subcommands:
        yield from walk(helps, (*words, name))


def roff(text):
    """Text escaped for roff: backslashes, minus signs, non-ASCII characters, a leading dot."""
    out = []
    for ch in text:
        if ch == "\\":
            out.append("\\e")
        elif ch == "-":
            out.append("\\-")
        elif ord(ch) > 127:
            out.append(f"\\[u{ord(ch):04X}]")
        else:
            out.append(ch)
    line = "".join(out)
    return "\\&" + line if line.startswith((".", "'")) else line


def option_tag(left):
    """`-o,--output TEXT REQUIRED` as bold names and the rest in italics."""
    names, _, rest = left.partition(" ")
    tag = ", ".join(f"\\fB{roff(n)}\\fR" for n in names.split(","))
    # `\:` lets a long list of choices break after its commas
    rest = roff(rest).replace(",", ",\\:")
    return tag + (f" \\fI{rest}\\fR" if rest else "")


def entries(items, tag, skip_help):
    lines = []
    for left, description in items:
        if skip_help and left.startswith("-h,--help"):
            continue  # every command has it; the global options list it once
        lines += [".TP", tag(left), roff(description) if description else "\\&"]
    return lines


def command_section(words, help):
    lines = [f'.SS "{roff("integra " + " ".join(words))}"', roff(help.description),
             ".PP", f"\\fB{roff(help.usage)}\\fR"]
    lines += entries(help.positionals, lambda left: f"\\fI{roff(left)}\\fR", False)
    lines += entries(help.options, option_tag, True)
    if help.subcommands:
        names = ", ".join(f"\\fB{roff(name)}\\fR" for name, _ in help.subcommands)
        lines += [".PP", f"Subcommands: {names}."]
    if help.footer:
        lines += [".PP", roff(help.footer)]
    return lines


def main():
    if len(sys.argv) != 4:
        raise SystemExit(__doc__.strip().splitlines()[2].strip())
    integra, template, output = sys.argv[1:]
    commands = list(walk(read_tree(integra)))
    _, top = commands[0]
    version = subprocess.run([integra, "--version"], capture_output=True, text=True,
                             check=True).stdout.strip()
    body = []
    for words, help in commands[1:]:
        body += command_section(words, help)
    page = open(template, encoding="utf-8").read()
    for placeholder, text in (
            ("@VERSION@", roff(version)),
            ("@GLOBAL_OPTIONS@",
             "\n".join(entries(top.options, option_tag, False))),
            ("@COMMANDS@", "\n".join(body))):
        if page.count(placeholder) != 1:
            raise SystemExit(f"make_manpage.py: {template} must hold {placeholder} once")
        page = page.replace(placeholder, text)
    with open(output, "w", encoding="ascii") as f:
        f.write(page)


if __name__ == "__main__":
    main()

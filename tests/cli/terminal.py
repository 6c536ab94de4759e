#!/usr/bin/python3
"""Runs a command on a pseudo-terminal and types answers into it, as a person at a terminal
would: each line of stdin is typed once the command waits for input (its output ends in `: `);
a line `^D` types Ctrl-D. Prints what the terminal showed (prompts, echoed answers, messages)
and exits with the command's exit code.

    terminal.py COMMAND [ARG ...] < answers
"""
import os
import pty
import select
import sys
import time

TIMEOUT = 20  # seconds without output before giving up


def read_until_prompt(fd, shown):
    """Reads the terminal until the command asks (output ends in `: `) or exits."""
    deadline = time.monotonic() + TIMEOUT
    while time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.1)
        if not ready:
            continue
        try:
            chunk = os.read(fd, 4096)
        except OSError:  # the command exited and closed the terminal
            return False
        if not chunk:
            return False
        shown.extend(chunk)
        deadline = time.monotonic() + TIMEOUT
        if shown.endswith(b": "):
            return True
    raise SystemExit(f"terminal.py: no prompt within {TIMEOUT} s; shown so far:\n"
                     + shown.decode(errors="replace"))


def main():
    answers = sys.stdin.read().splitlines()
    pid, fd = pty.fork()
    if pid == 0:
        os.execvp(sys.argv[1], sys.argv[1:])
    shown = bytearray()
    for answer in answers:
        if not read_until_prompt(fd, shown):
            break
        os.write(fd, b"\x04" if answer == "^D" else answer.encode() + b"\n")
    while read_until_prompt(fd, shown):
        pass  # questions nobody answers: the command is still asking; stop it
    os.close(fd)
    _, status = os.waitpid(pid, 0)
    # Ctrl-D is echoed as `^D` and two backspaces by some terminals: keep what a person sees.
    text = shown.decode(errors="replace").replace("\r\n", "\n").replace("^D\b\b", "")
    sys.stdout.write(text)
    sys.exit(os.waitstatus_to_exitcode(status))


if __name__ == "__main__":
    main()

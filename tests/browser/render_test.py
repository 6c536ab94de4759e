#!/usr/bin/env python3
"""Prints a report's HTML page to PDF in headless Chromium and checks the result.

    render_test.py --html FILE [--expect-pages MIN-MAX] [--expect-text TEXT ...]
                   [--expect-every-page TEXT ...] [--reject-text TEXT ...]
                   [--png OUT.png] [--pdf OUT.pdf] [--chromium PATH]

Checks, in order: the page reaches nothing outside itself (no http(s) address, no script, no
src= or url()); Chromium prints it to an A4 PDF; the PDF's page count (pdfinfo) is within
MIN-MAX; every --expect-text is in the PDF's text (pdftotext), every --expect-every-page text on
every page, no --reject-text anywhere. Texts are compared with runs of white space collapsed.
--png writes the first printed page as PNG (pdftoppm, 80 dpi) for the README.

Exit status 0 when every check passes, 1 when one fails (each failure is printed), 2 when a tool
is missing or fails.
"""

import argparse
import os
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile

TIMEOUT = 120  # seconds, for Chromium; printing a report takes about two
OFFLINE = ["http://", "https://", "<script", "src=", "url(", "<link", "@import"]


def die(message):
    print(message, file=sys.stderr)
    sys.exit(2)


def run(argv, timeout=60):
    """Runs argv (no shell); exits with status 2 and the tool's message when it fails."""
    try:
        done = subprocess.run(argv, capture_output=True, text=True, timeout=timeout)
    except (OSError, subprocess.TimeoutExpired) as error:
        die(f"error: {argv[0]}: {error}")
    if done.returncode != 0:
        die(f"error: {' '.join(argv)} exited with {done.returncode}:\n{done.stderr[-2000:]}")
    return done.stdout


def flat(text):
    return re.sub(r"\s+", " ", text).strip()


def print_pdf(chromium, html, pdf):
    with tempfile.TemporaryDirectory(prefix="integra-chromium-") as profile:
        run([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
             "--no-default-browser-check", "--disable-dev-shm-usage", "--no-pdf-header-footer",
             f"--user-data-dir={profile}", f"--print-to-pdf={pdf}", html.resolve().as_uri()],
            timeout=TIMEOUT)
    if not pdf.is_file() or pdf.stat().st_size == 0:
        die(f"error: {chromium} wrote no PDF to {pdf}")


def page_count(pdf):
    match = re.search(r"^Pages:\s+(\d+)$", run(["pdfinfo", str(pdf)]), re.MULTILINE)
    if not match:
        die(f"error: pdfinfo gave no page count for {pdf}")
    return int(match.group(1))


def page_texts(pdf, pages):
    """Each page's text, once with -layout and once in reading order (a table's cells and a
    wrapped heading can come out differently in the two), white space collapsed."""
    texts = []
    for page in range(1, pages + 1):
        span = ["-f", str(page), "-l", str(page)]
        layout = run(["pdftotext", "-layout", *span, str(pdf), "-"])
        raw = run(["pdftotext", *span, str(pdf), "-"])
        texts.append(flat(layout) + "\n" + flat(raw))
    return texts


def write_png(pdf, png):
    prefix = png.with_suffix("") if png.suffix == ".png" else png
    run(["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", str(pdf), str(prefix)])
    print(f"first page: {prefix}.png")


def check(args, html, pdf):
    """The list of failed checks."""
    failures = []
    page = html.read_text(encoding="utf-8")
    failures += [f"the HTML contains {bad!r}" for bad in OFFLINE if bad in page.lower()]

    pages = page_count(pdf)
    low, high = args.expect_pages
    if not low <= pages <= high:
        failures.append(f"{pages} pages, expected {low} to {high}")
    texts = page_texts(pdf, pages)
    whole = "\n".join(texts)
    for text in args.expect_text:
        if flat(text) not in whole:
            failures.append(f"text not in the PDF: {text!r}")
    for text in args.expect_every_page:
        missing = [str(i + 1) for i, t in enumerate(texts) if flat(text) not in t]
        if missing:
            failures.append(f"text not on page(s) {', '.join(missing)}: {text!r}")
    for text in args.reject_text:
        if flat(text) in whole:
            failures.append(f"text in the PDF that must not be: {text!r}")
    print(f"{html}: {pages} pages")
    return failures


def page_range(text):
    match = re.fullmatch(r"(\d+)(?:-(\d+))?", text)
    if not match:
        raise argparse.ArgumentTypeError(f"expected MIN-MAX or N, got {text!r}")
    low = int(match.group(1))
    return low, int(match.group(2) or low)


def texts_option(parser, name, help_text):
    parser.add_argument(name, action="extend", nargs="+", default=[], metavar="TEXT", help=help_text)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--html", required=True, type=pathlib.Path)
    parser.add_argument("--expect-pages", type=page_range, default=(1, 10**6), metavar="MIN-MAX")
    texts_option(parser, "--expect-text", "text that must be in the PDF")
    texts_option(parser, "--expect-every-page", "text that must be on every page")
    texts_option(parser, "--reject-text", "text that must not be in the PDF")
    parser.add_argument("--png", type=pathlib.Path, help="write the first printed page here")
    parser.add_argument("--pdf", type=pathlib.Path, help="keep the PDF here")
    parser.add_argument("--chromium", default=shutil.which("chromium") or "chromium")
    args = parser.parse_args()
    if not args.html.is_file():
        die(f"error: no such file: {args.html}")

    with tempfile.TemporaryDirectory(prefix="integra-render-") as scratch:
        pdf = args.pdf or pathlib.Path(scratch) / "report.pdf"
        print_pdf(args.chromium, args.html, pdf)
        failures = check(args, args.html, pdf)
        if args.png:
            write_png(pdf, args.png)
    for failure in failures:
        print(f"FAIL: {failure}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

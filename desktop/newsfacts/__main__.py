"""Entry point: headless commands go to cli; anything else opens the window."""

from __future__ import annotations

import argparse
import sys


def parse_gui_args(argv: list[str]) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="newsfacts", description="核稿助手 NewsFacts")
    p.add_argument("path", nargs="?", help="a draft to open (.txt, .md, .docx; .doc, .wps, .rtf, .odt through LibreOffice)")
    p.add_argument("--snapshot", metavar="OUT.png", help="open PATH, wait for extraction, save a screenshot, exit")
    p.add_argument("--lang", choices=("zh_CN", "en"), help="interface language for this run")
    return p.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    from . import cli

    if argv and argv[0] in cli.COMMANDS:
        return cli.main(argv)
    args = parse_gui_args(argv)
    from .ui.launch import run

    return run(args)


if __name__ == "__main__":
    sys.exit(main())

"""python -m analyzer PATH [--format json|flx|dot|svg]"""
import argparse
import os
import sys

from . import ParseError, analyze_path
from .formats import render


def main(argv=None):
    parser = argparse.ArgumentParser(prog="python -m analyzer",
                                     description="Print the fluxion graph of a JavaScript service.")
    parser.add_argument("path", help="a .js file or a service folder")
    parser.add_argument("--format", default="json", choices=["json", "flx", "dot", "svg"])
    args = parser.parse_args(argv)
    try:
        analysis = analyze_path(args.path)
    except ParseError as e:
        file = args.path if os.path.isfile(args.path) else os.path.join(args.path, e.file)
        print(f"{file}:{e.line}:{e.column + 1}: {e.message}", file=sys.stderr)
        return 2
    except (FileNotFoundError, IsADirectoryError, UnicodeDecodeError) as e:
        print(f"{args.path}: {e}", file=sys.stderr)
        return 1
    sys.stdout.write(render(analysis, args.format))
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())

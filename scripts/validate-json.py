#!/usr/bin/env python3
"""Validate JSON files against a JSON Schema 2020-12 with the reference implementation.

Usage: scripts/validate-json.py SCHEMA FILE...

Uses the `jsonschema` package (`pip install jsonschema`), Draft202012Validator, as an
independent check of planx's own validator (`planx validate`). Prints one line per
violation, `FILE: $.path: message`, with paths written the way planx writes them.

Exit status: 0 all files valid; 1 some file invalid or not JSON; 2 usage error or bad
schema; 3 the jsonschema module is missing.
"""
import json
import re
import sys

try:
    from jsonschema import Draft202012Validator
    from jsonschema.exceptions import best_match
except ImportError:
    print("validate-json.py: the Python module 'jsonschema' is missing; run `pip install jsonschema`",
          file=sys.stderr)
    sys.exit(3)

IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")


def json_path(parts):
    """`$.tasks[3].deadline.kind`; keys that are not identifiers as `['Ghi chú']`."""
    text = "$"
    for part in parts:
        if isinstance(part, int):
            text += "[%d]" % part
        elif IDENTIFIER.match(part):
            text += "." + part
        else:
            text += "['" + part.replace("\\", "\\\\").replace("'", "\\'") + "']"
    return text


def problems(validator, instance):
    """One (path, message) per violation; anyOf/oneOf failures explained by their most relevant branch."""
    found = []
    for error in validator.iter_errors(instance):
        best = best_match([error])
        found.append((json_path(best.absolute_path), best.message))
    return sorted(found)


def main(argv):
    if len(argv) < 3:
        print("usage: validate-json.py SCHEMA FILE...", file=sys.stderr)
        return 2
    try:
        with open(argv[1], encoding="utf-8") as f:
            schema = json.load(f)
        Draft202012Validator.check_schema(schema)
    except Exception as e:  # unreadable file, bad JSON or invalid schema
        print("%s: not a usable JSON Schema: %s" % (argv[1], e), file=sys.stderr)
        return 2
    validator = Draft202012Validator(schema)
    status = 0
    for name in argv[2:]:
        try:
            with open(name, encoding="utf-8") as f:
                instance = json.load(f)
        except (OSError, ValueError) as e:
            print("%s: cannot read JSON: %s" % (name, e))
            status = 1
            continue
        for path, message in problems(validator, instance):
            print("%s: %s: %s" % (name, path, message))
            status = 1
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv))

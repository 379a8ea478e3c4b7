# ---
# clause: section:introduction
# quote: This module constructs higher-level interfaces on top of the lower level _interpreters module.
# level: should
# description: the low-level _interpreters module is there too and sees the interpreters the high-level module creates and closes
# ---
import _interpreters

import interpreters


def low_level_ids():
    listing = getattr(_interpreters, "list_all", None) or getattr(_interpreters, "enumerate")
    ids = set()
    for entry in listing():
        ids.add(int(entry[0]) if isinstance(entry, tuple) else int(entry))
    return ids


def main():
    interp = interpreters.create()
    try:
        assert interp.id in low_level_ids(), f"_interpreters does not list interpreter {interp.id} made by create()"
    finally:
        interp.close()
    assert interp.id not in low_level_ids(), "_interpreters still lists an interpreter closed through the high level"


if __name__ == "__main__":
    main()

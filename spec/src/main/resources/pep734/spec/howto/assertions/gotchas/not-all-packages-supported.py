# ---
# clause: section:gotchas
# quote: not all PyPI packages support use in multiple interpreters yet
# level: should
# features: isolation
# description: an extension module that does not support subinterpreters imports in main but raises ImportError in a subinterpreter
# ---
# CPython refuses single-phase-init extension modules in isolated subinterpreters; the candidates are such
# modules of CPython's own build. One that imports in main must be refused in a sub.
import importlib
from concurrent import interpreters

CANDIDATES = ("_testsinglephase", "_testcapi", "readline", "_curses")


def main():
    importable = []
    for name in CANDIDATES:
        try:
            importlib.import_module(name)
            importable.append(name)
        except ImportError:
            pass
    assert importable, f"none of {CANDIDATES} imports here: no module that refuses subinterpreters was found"
    interp = interpreters.create()
    try:
        refused = []
        for name in importable:
            try:
                interp.exec(f"import {name}")
            except interpreters.ExecutionFailed as e:
                if e.excinfo.type.__name__ == "ImportError" and "subinterpreter" in e.excinfo.msg:
                    refused.append(name)
        assert refused, f"{importable} all imported in a subinterpreter"
    finally:
        interp.close()


if __name__ == "__main__":
    main()

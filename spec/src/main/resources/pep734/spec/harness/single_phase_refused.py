# CPython refuses single-phase-init extension modules in isolated subinterpreters. The candidates are modules of
# CPython's own build known to be single-phase: at least one must import in the main interpreter, and every one
# that does must be refused (ImportError naming subinterpreters) in a subinterpreter made by create().
import importlib as _single_phase_importlib
from concurrent import interpreters as _single_phase_interpreters

SINGLE_PHASE_CANDIDATES = ("_testsinglephase", "_testcapi", "readline", "_curses")


def check_single_phase_refused():
    importable = []
    for name in SINGLE_PHASE_CANDIDATES:
        try:
            _single_phase_importlib.import_module(name)
            importable.append(name)
        except ImportError:
            pass
    assert importable, (f"none of {SINGLE_PHASE_CANDIDATES} imports here, so no module that refuses "
                        "subinterpreters was found; an implementation where every module supports "
                        "subinterpreters does not show this limit")
    interp = _single_phase_interpreters.create()
    try:
        refused = []
        for name in importable:
            try:
                interp.exec(f"import {name}")
            except _single_phase_interpreters.ExecutionFailed as e:
                if e.excinfo.type.__name__ == "ImportError" and "subinterpreter" in e.excinfo.msg:
                    refused.append(name)
        assert refused, f"{importable} all imported in a subinterpreter; CPython refuses single-phase-init modules"
    finally:
        interp.close()

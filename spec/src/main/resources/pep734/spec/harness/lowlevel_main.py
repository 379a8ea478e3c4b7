# Reads a subinterpreter's __main__ back with run_string() alone, for tests of the low-level profile whose
# sentence is not about run_string_unrestricted(): no real release ever had that function, so a test of, say,
# get_current() must not need it. The code run in the interpreter writes repr() of its plain-data globals
# (None, bool, int, float, str, bytes, and tuples, lists, dicts and sets of them) to a file that the caller
# reads back: files belong to the process, so every interpreter of it sees the same file.
import ast as _lowlevel_ast
import os as _lowlevel_os
import tempfile as _lowlevel_tempfile
import _interpreters as _lowlevel_interpreters

_LOWLEVEL_DUMP = """
def _lowlevel_dump(path):
    import ast
    plain = {}
    for key, value in list(globals().items()):
        if key.startswith('__') or key == '_lowlevel_dump':
            continue
        try:
            if ast.literal_eval(repr(value)) == value:
                plain[key] = value
        except Exception:
            pass
    with open(path, 'w', encoding='utf-8') as f:
        f.write(repr(plain))
_lowlevel_dump(%r)
del _lowlevel_dump
"""


def read_main(interp):
    """The plain-data globals of ``interp``'s __main__ (names starting with two underscores left out)."""
    fd, path = _lowlevel_tempfile.mkstemp(prefix="pep734-main-", suffix=".txt")
    _lowlevel_os.close(fd)
    try:
        _lowlevel_interpreters.run_string(interp, _LOWLEVEL_DUMP % path)
        with open(path, encoding="utf-8") as f:
            text = f.read()
        if not text:
            raise AssertionError("run_string() of the code that writes __main__'s globals to a file returned, "
                                 "but the file is empty: the code did not run in interpreter %r" % (interp,))
        return _lowlevel_ast.literal_eval(text)
    finally:
        _lowlevel_os.unlink(path)


def run_and_read(interp, code):
    """run_string(interp, code), then :func:`read_main` of it."""
    _lowlevel_interpreters.run_string(interp, code)
    return read_main(interp)

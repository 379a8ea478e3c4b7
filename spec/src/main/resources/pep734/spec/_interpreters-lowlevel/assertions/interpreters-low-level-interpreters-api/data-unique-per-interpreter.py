# ---
# clause: section:interpreters-low-level-interpreters-api
# quote: More information about (sub)interpreters is found at sub-interpreter-support, including what data is shared between interpreters and what is unique.
# level: should
# features: lowlevel, isolation
# description: module state, sys attributes and __main__ globals are unique to each interpreter; files of the process are shared
# timeout: 120
# includes: lowlevel_main.py
# ---
import _interpreters
import os
import json
import sys
import tempfile

SECRET_FROM_MAIN = "main-only-global"


def main():
    json.marker_from_main = "main"
    sys.marker_from_main = "main"
    fd, path = tempfile.mkstemp()
    os.write(fd, b"from-main")
    os.close(fd)
    a = _interpreters.create()
    b = _interpreters.create()
    try:
        code = ("import json, sys\n"
                f"with open({path!r}) as f:\n"
                "    content = f.read()\n"
                "seen = (hasattr(json, 'marker_from_main'), hasattr(sys, 'marker_from_main'),\n"
                "        'SECRET_FROM_MAIN' in globals(), content)\n"
                "json.marker_from_sub = 1\n")
        ns = run_and_read(a, code)
        assert tuple(ns["seen"]) == (False, False, False, "from-main"), (
            f"a new interpreter saw (json attr, sys attr, main global, file content) = {ns['seen']!r}; expected "
            "(False, False, False, 'from-main'): modules and globals are unique, files of the process are shared")
        ns = run_and_read(b, "import json\nseen = hasattr(json, 'marker_from_sub')\n")
        assert ns["seen"] is False, "a module attribute set in one subinterpreter leaked into another"
        assert not hasattr(json, "marker_from_sub"), "a module attribute set in a subinterpreter leaked into main"
    finally:
        _interpreters.destroy(a)
        _interpreters.destroy(b)
        os.unlink(path)


if __name__ == "__main__":
    main()

# Checks of the key details (isolation, no implicit threads, the low-level module) shared by the profiles whose
# documents state them.
import json
import sys
from concurrent import interpreters
import threading
import builtins
import os
import tempfile


def check_isolated_modules():
    """Each interpreter has its own sys.modules, module objects and sys.path; changes in one are invisible in
    the other."""
    json.tck_marker = "main only"
    interp = interpreters.create()
    try:
        interp.exec(
            "import json, sys\n"
            "assert not hasattr(json, 'tck_marker'), 'the sub sees an attribute main set on its json module'\n"
            "json.tck_sub_marker = 'sub only'\n"
            "sys.path.append('/tck/sub/only')\n"
            "sys.tck_flag = True\n")
        assert not hasattr(json, "tck_sub_marker"), "an attribute the sub set on its json module appeared in main's json"
        assert "/tck/sub/only" not in sys.path, "the sub's sys.path.append changed main's sys.path"
        assert not hasattr(sys, "tck_flag"), "the sub's sys attribute appeared in main's sys"
        interp.exec("assert json.tck_sub_marker == 'sub only' and sys.tck_flag is True\n")
    finally:
        interp.close()
        del json.tck_marker


def check_no_implicit_threads():
    """create/prepare_main/exec/call/close start no threads; code runs on the calling OS thread."""
    before = threading.enumerate()
    tid = threading.get_native_id()
    interp = interpreters.create()
    try:
        interp.prepare_main(caller_tid=tid)
        interp.exec("import threading\n"
                    "assert threading.get_native_id() == caller_tid, 'exec() ran on another OS thread'\n")
        assert interp.call(threading.get_native_id) == tid, "call() ran on another OS thread"
        during = threading.enumerate()
        assert len(during) == len(before), (
            f"threads before: {before}; with an interpreter in use: {during}; there must be no implicit threads")
    finally:
        interp.close()
    after = threading.enumerate()
    assert len(after) == len(before), f"threads before: {before}; after close(): {after}"


def check_built_on_low_level_module():
    """The low-level _interpreters module exists and agrees with the high-level one about which interpreters
    exist."""
    import _interpreters
    interp = interpreters.create()
    try:
        low = _interpreters.list_all()
        low_ids = sorted(entry[0] for entry in low)
        high_ids = sorted(i.id for i in interpreters.list_all())
        assert low_ids == high_ids, f"_interpreters.list_all() ids {low_ids} differ from concurrent.interpreters {high_ids}"
        assert _interpreters.get_current()[0] == interpreters.get_current().id, "get_current() differs between layers"
    finally:
        interp.close()
    low_ids = sorted(entry[0] for entry in _interpreters.list_all())
    assert interp.id not in low_ids, "close() through the high-level API must destroy the low-level interpreter too"


_MAIN_GLOBAL = "main"


def check_isolated_globals_and_builtins():
    """Globals and builtins are per interpreter: names set in main, in one sub or in builtins do not leak into
    another."""
    builtins.tck_shared_builtin = "main"
    a = interpreters.create()
    try:
        b = interpreters.create()
        try:
            a.exec("import builtins\nbuiltins.tck_from_a = 1\nfrom_a = 1\n")
            b.exec(
                "import builtins\n"
                "for _n in ('tck_shared_builtin', 'tck_from_a'):\n"
                "    assert not hasattr(builtins, _n), f'builtins.{_n} leaked into interpreter b'\n"
                "for _n in ('_MAIN_GLOBAL', 'from_a'):\n"
                "    assert _n not in globals(), f'global {_n} leaked into interpreter b'\n")
            assert not hasattr(builtins, "tck_from_a"), "builtins.tck_from_a set in a sub leaked into main"
        finally:
            b.close()
    finally:
        a.close()
        del builtins.tck_shared_builtin


def check_isolated_sys_state():
    """Sys.path, sys.modules, the recursion limit and imported module objects stay per interpreter."""
    path_before = list(sys.path)
    limit_before = sys.getrecursionlimit()
    interp = interpreters.create()
    try:
        interp.exec("import sys\n"
                    "sys.path.append('/only/in/the/sub')\n"
                    "sys.setrecursionlimit(sys.getrecursionlimit() + 123)\n"
                    "sys.modules['only_in_sub'] = sys\n"
                    "import json\n"
                    "json.ONLY_IN_SUB = True\n")
        assert sys.path == path_before, "sys.path changed by the subinterpreter shows in main"
        assert sys.getrecursionlimit() == limit_before, "the sub's recursion limit changed main's"
        assert "only_in_sub" not in sys.modules, "sys.modules is shared with the subinterpreter"
        import json
        assert not hasattr(json, "ONLY_IN_SUB"), "a module object is shared with the subinterpreter"
        interp.exec("import sys\nassert '/only/in/the/sub' in sys.path\n")
    finally:
        interp.close()


def check_process_global_data_shared():
    """Process-level resources are shared: the pid and the file system; a file written in a sub is read by main."""
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "from-sub.txt")
        interp = interpreters.create()
        try:
            interp.prepare_main(path=path, parent_pid=os.getpid())
            interp.exec("import os\n"
                        "assert os.getpid() == parent_pid, 'the sub is not in the same process'\n"
                        "with open(path, 'w') as f:\n"
                        "    f.write('written by the sub')\n")
            with open(path) as f:
                got = f.read()
            assert got == "written by the sub", f"main read {got!r} from the file the sub wrote"
        finally:
            interp.close()

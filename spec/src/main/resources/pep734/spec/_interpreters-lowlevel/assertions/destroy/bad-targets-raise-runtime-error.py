# ---
# clause: api:destroy
# level: should
# features: lowlevel, lifecycle, errors
# description: destroying the current interpreter (main from main, a sub from inside itself), an unknown ID or an already destroyed one raises RuntimeError
# includes: lowlevel_main.py
# ---
import _interpreters


def expect_runtime_error(what, fn, *args):
    try:
        fn(*args)
    except RuntimeError:
        return
    except Exception as e:
        raise AssertionError(f"{what} raised {type(e).__name__}: {e}; expected RuntimeError")
    raise AssertionError(f"{what} did not raise; expected RuntimeError")


def main():
    main_id = _interpreters.get_main()
    expect_runtime_error("destroy(get_main()) from the main interpreter", _interpreters.destroy, main_id)
    assert int(_interpreters.get_current()) == int(main_id), "after destroy(get_main()) main is no longer current"
    interp = _interpreters.create()
    try:
        ns = run_and_read(interp, (
            "import _interpreters\n"
            "try:\n"
            "    _interpreters.destroy(_interpreters.get_current())\n"
            "    outcome = 'returned'\n"
            "except RuntimeError:\n"
            "    outcome = 'RuntimeError'\n"
            "except Exception as e:\n"
            "    outcome = type(e).__name__\n"))
        assert ns["outcome"] == "RuntimeError", (
            f"destroy(get_current()) inside a subinterpreter gave {ns['outcome']}; expected RuntimeError")
        assert run_and_read(interp, "alive = 1\n").get("alive") == 1, "the subinterpreter destroyed itself"
    finally:
        _interpreters.destroy(interp)
    expect_runtime_error("a second destroy() of the same ID", _interpreters.destroy, interp)
    expect_runtime_error("destroy() of an ID that never existed", _interpreters.destroy, 10**6)


if __name__ == "__main__":
    main()

# What an Interpreter's methods do for an interpreter they cannot serve: the main interpreter (which the module
# did not create) and an interpreter already running code in another thread. The released 3.14.3 document says
# each of prepare_main, exec, call and call_in_thread "fails for unsupported modules" and "also fails for running
# modules" (modules there means interpreters). Checked here: the failure is InterpreterError (the document's
# exception for an interpreter-related error) and not InterpreterNotFoundError (the interpreter exists), and the
# refused operation leaves no trace. call_in_thread() may fail in the thread it starts instead of in the caller
# (CPython 3.14.3 reports the InterpreterError to threading.excepthook): accepted, as long as the function never
# runs. close() is checked the same way. Include running.py before this file.
import os as _refusals_os
import tempfile as _refusals_tempfile
import threading as _refusals_threading
from concurrent import interpreters as _refusals_interpreters

REFUSABLE = ("prepare_main", "exec", "call", "call_in_thread", "close")


def _refusals_touch(path):
    open(path, "w").close()


def _refusals_attempt(interp, method, marker):
    """Calls ``method`` so that, had it worked, it would leave a trace: the name _refused_marker bound in the
    interpreter's __main__, the file ``marker``, or (close) the interpreter gone."""
    if method == "prepare_main":
        return interp.prepare_main(_refused_marker=1)
    if method == "exec":
        return interp.exec(f"open({marker!r}, 'w').close()\n")
    if method == "call":
        return interp.call(_refusals_touch, marker)
    if method == "call_in_thread":
        return interp.call_in_thread(_refusals_touch, marker)
    if method == "close":
        return interp.close()
    raise ValueError(f"unknown method {method!r}; expected one of {REFUSABLE}")


def _refusals_expect_interpreter_error(what, error):
    if isinstance(error, _refusals_interpreters.InterpreterNotFoundError):
        raise AssertionError(f"{what} raised InterpreterNotFoundError ({error}), but the interpreter exists; "
                             "expected plain InterpreterError") from error
    if not isinstance(error, _refusals_interpreters.InterpreterError):
        raise AssertionError(f"{what} raised {type(error).__name__}: {error}; expected InterpreterError") from error


def _refusals_refused(what, interp, method, marker, join_seconds):
    """Attempts the method and asserts that it was refused: at the call, or (call_in_thread) in its thread."""
    caught = []
    hook = _refusals_threading.excepthook
    _refusals_threading.excepthook = lambda args: caught.append(args.exc_value)
    try:
        try:
            result = _refusals_attempt(interp, method, marker)
        except Exception as e:
            _refusals_expect_interpreter_error(what, e)
            return
        if method != "call_in_thread" or not isinstance(result, _refusals_threading.Thread):
            raise AssertionError(f"{what} returned {result!r}; it must fail with InterpreterError")
        result.join(join_seconds)
        if result.is_alive():
            raise AssertionError(f"{what} started a thread that still waits after {join_seconds} s; it must fail, "
                                 "not wait for the interpreter")
    finally:
        _refusals_threading.excepthook = hook
    if not caught:
        raise AssertionError(f"{what} returned a thread that ended without an error; it must fail")
    _refusals_expect_interpreter_error(what + " (in the thread it started)", caught[0])


def _refusals_assert_no_trace(interp, method, marker, where):
    assert not _refusals_os.path.exists(marker), f"the refused {method}() ran its code in {where} anyway"
    if method == "prepare_main":
        if interp is None:
            import __main__
            assert not hasattr(__main__, "_refused_marker"), "the refused prepare_main() bound a name in __main__"
        else:
            interp.exec("assert '_refused_marker' not in globals(), 'the refused prepare_main() bound a name'\n")


def check_refused_for_main(method):
    """``get_main().<method>`` raises InterpreterError and has no effect: the main interpreter was not created by
    the module."""
    main = _refusals_interpreters.get_main()
    with _refusals_tempfile.TemporaryDirectory() as tmp:
        marker = _refusals_os.path.join(tmp, "ran")
        _refusals_refused(f"get_main().{method}()", main, method, marker, 60)
        _refusals_assert_no_trace(None, method, marker, "the main interpreter")
    ids = [i.id for i in _refusals_interpreters.list_all()]
    assert main.id in ids, f"after a refused {method}() the main interpreter is no longer listed: {ids}"


def check_refused_while_running(method):
    """``interp.<method>`` on an interpreter running code in another thread raises InterpreterError and has no
    effect; the interpreter stays usable once it is idle again."""
    interp = _refusals_interpreters.create()
    try:
        with _refusals_tempfile.TemporaryDirectory() as tmp:
            marker = _refusals_os.path.join(tmp, "ran")
            with running(interp) as errors:
                _refusals_refused(f"{method}() on a running interpreter", interp, method, marker, 10)
            assert not errors, f"the code the interpreter was running failed: {errors[0]!r}"
            _refusals_assert_no_trace(interp, method, marker, "the running interpreter")
        interp.exec("_still_usable = True\n")
        assert interp.id in [i.id for i in _refusals_interpreters.list_all()], "the interpreter is gone"
    finally:
        interp.close()

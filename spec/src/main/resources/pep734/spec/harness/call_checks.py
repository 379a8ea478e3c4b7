# Checks of Interpreter.call() shared by the profiles whose documents state its sentence (3.14 as delivered, 3.14.3
# as released).
import math
from concurrent import interpreters
import threading


def _echo(*args, **kwargs):
    return (args, tuple(sorted(kwargs.items())))


def _identity(v):
    return v


def _combine(a, b, /, c=10, *, d):
    return (a - b) * c + d


def _returns_result_describe(v):
    return (type(v).__name__, repr(v), math.copysign(1.0, v) if type(v) is float else None)


def check_call_returns_result():
    """call() passes positional and keyword arguments and returns the function's result unchanged in type and
    value."""
    interp = interpreters.create()
    try:
        got = interp.call(_combine, 7, 2, d=1)
        assert got == 51 and type(got) is int, f"call(combine, 7, 2, d=1) returned {got!r}, expected 51"
        got = interp.call(_combine, 7, 2, 3, d=-1)
        assert got == 14, f"call(combine, 7, 2, 3, d=-1) returned {got!r}, expected 14"
        values = (None, True, -0.0, float("nan"), 2**63 - 1, -2**63, "\ud800", "\U0001F600", b"\x00\xff", (1, ("x",)))
        for v in values:
            got = interp.call(_identity, v)
            assert _returns_result_describe(got) == _returns_result_describe(v), (
                f"a value changed on the way there and back: sent {_returns_result_describe(v)}, call() returned {_returns_result_describe(got)}")
            (args, kwargs) = interp.call(_echo, v, key=v)
            assert _returns_result_describe(args[0]) == _returns_result_describe(v), (
                f"a positional argument changed on the way: sent {_returns_result_describe(v)}, the sub returned {_returns_result_describe(args[0])}")
            assert kwargs[0][0] == "key" and _returns_result_describe(kwargs[0][1]) == _returns_result_describe(v), (
                f"a keyword argument changed on the way: sent {_returns_result_describe(v)}, got back {kwargs!r}")
    finally:
        interp.close()


def _where():
    import threading
    from concurrent import interpreters
    return (interpreters.get_current().id, threading.get_native_id())


def check_call_runs_in_interpreter_current_thread():
    """The function runs inside the target interpreter, on the caller's OS thread."""
    interp = interpreters.create()
    try:
        got = interp.call(_where)
        expected = (interp.id, threading.get_native_id())
        assert got == expected, (
            f"call() ran the function in (interpreter, OS thread) {got}, expected {expected}; "
            "if this fails, check that call() switches to the target interpreter and does not start a thread")
    finally:
        interp.close()


def _arguments_kinds_describe(a, b=2, *rest, c, d=4, **extra):
    return (a, b, rest, c, d, tuple(sorted(extra.items())))


def check_call_arguments_kinds():
    """call() passes positional, *args, keyword, keyword-only and default arguments exactly as a direct call
    would."""
    interp = interpreters.create()
    try:
        cases = [
            ((1,), {"c": 3}),
            ((1, 20, 30, 40), {"c": 3, "d": 5}),
            ((), {"a": "x", "c": None, "z": b"zz"}),
        ]
        for args, kwargs in cases:
            got = interp.call(_arguments_kinds_describe, *args, **kwargs)
            want = _arguments_kinds_describe(*args, **kwargs)
            assert got == want, f"call(describe, *{args!r}, **{kwargs!r}) returned {got!r}; a direct call gives {want!r}"
    finally:
        interp.close()


def _nothing():
    pass


def _zero():
    return 0


def _empty():
    return ""


def check_call_returns_none_without_return():
    """call() of a function without a return statement returns None; one returning 0 or '' returns that, not
    None."""
    interp = interpreters.create()
    try:
        assert interp.call(_nothing) is None, "call() of a function without return did not return None"
        got = interp.call(_zero)
        assert got == 0 and type(got) is int, f"call(zero) returned {got!r}"
        got = interp.call(_empty)
        assert got == "" and type(got) is str, f"call(empty) returned {got!r}"
    finally:
        interp.close()

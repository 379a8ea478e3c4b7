# PEP 734 TCK property harness: values crossing between interpreters (dev.pep734.tck.property).
# The kit fills in CASES and CROSSINGS; the file runs as-is with `python FILE` (it is also the reproducer).
# For every case and crossing it prints one line "@@ <case> <crossing> <observation>", which the kit
# judges against the sharing rules; the script itself only observes.
#   is_shareable  -> True | False
#   prepare_main, queue_same, queue_other, call
#                 -> same | refused | changed <what arrived> | error <type>: <message>
#   <crossing>-alias (writable memoryviews) -> aliased | not-aliased
# Python 3.12 syntax and stdlib only.
from concurrent import interpreters

# Everything a case's source may name. Run in the main interpreter and in the subinterpreter, so that the
# receiving side can rebuild the expected value from its source and compare strictly.
HELPERS = r'''
import math
import sys


class Point:
    def __init__(self, x):
        self.x = x

    def __eq__(self, other):
        return type(other).__qualname__ == "Point" and other.x == self.x

    def __repr__(self):
        return f"Point({self.x!r})"


class MyInt(int):
    pass


class MyStr(str):
    pass


class MyTuple(tuple):
    pass


def module_function():
    return 1


def make_closure(y):
    return lambda: y


def _echo(v):
    return v


def _same(a, b):
    """Equal and of the same type, strictly: -0.0 is not 0.0, nan is nan, a list is not a tuple."""
    if type(a).__qualname__ != type(b).__qualname__:
        return False
    if isinstance(a, (float, complex)):
        return repr(a) == repr(b)
    if isinstance(a, (tuple, list)):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b))
    if isinstance(a, dict):
        return _same(list(a.keys()), list(b.keys())) and _same(list(a.values()), list(b.values()))
    if isinstance(a, memoryview):
        return a.tobytes() == b.tobytes() and a.readonly == b.readonly and a.format == b.format
    if type(a).__name__ == "function":
        return a.__qualname__ == b.__qualname__ and _code_shape(a) == _code_shape(b)
    return a == b


def _code_shape(f):
    """What a function's code does, portably: its constants, names and arguments, and what it returns when it
    takes none. Not co_code: some implementations (GraalPy) put the compiling file's name into it, and the
    receiving interpreter compiled its copy from another file."""
    c = f.__code__
    result = f() if c.co_argcount == 0 and not c.co_freevars else None
    return c.co_argcount, c.co_consts, c.co_names, c.co_varnames, repr(result)


def _show(v):
    text = ascii(v.tobytes()) if isinstance(v, memoryview) else ascii(v)
    return type(v).__qualname__ + " " + (text if len(text) <= 200 else text[:200] + "...")


def _line(case, crossing, observation):
    print("@@", case, crossing, observation.replace("\n", " "), flush=True)


def _observe(case, crossing, get, source):
    """Receives a value with get() and says how it compares with a fresh evaluation of its source."""
    try:
        got = get()
    except Exception as e:
        _line(case, crossing, "error " + type(e).__qualname__ + ": " + str(e))
        return None
    if _same(got, eval(source)):
        _line(case, crossing, "same")
    else:
        _line(case, crossing, "changed " + _show(got))
    return got


def _poke(view):
    """Changes the first byte of a memoryview seen in this interpreter."""
    view[0] = (view[0] + 1) % 256
'''
exec(HELPERS)

#@CASES@


def refused(case, crossing, send):
    """Runs send(); True (and reports it) when it raises NotShareableError."""
    try:
        send()
        return False
    except interpreters.NotShareableError:
        _line(case, crossing, "refused")
        return True
    except Exception as e:
        _line(case, crossing, "error " + type(e).__qualname__ + ": " + str(e))
        return True


def check_alias(case, crossing, value, interp, name):
    before = value[0]
    interp.exec(f"_poke({name})")
    _line(case, crossing + "-alias", "aliased" if value[0] != before else "not-aliased")
    value[0] = before  # later crossings compare with the value's source again


def run_case(case, source, crossings, interp, q):
    value = eval(source)
    view = isinstance(value, memoryview) and not value.readonly and len(value) > 0
    if "is_shareable" in crossings:
        _line(case, "is_shareable", str(interpreters.is_shareable(value)))
    if "prepare_main" in crossings:
        if not refused(case, "prepare_main", lambda: interp.prepare_main(v=value)):
            interp.exec(f"_observe({case!r}, 'prepare_main', lambda: v, {source!r})")
            if view:
                check_alias(case, "prepare_main", value, interp, "v")
    if "queue_same" in crossings:
        if not refused(case, "queue_same", lambda: q.put_nowait(value)):
            _observe(case, "queue_same", q.get_nowait, source)
    if "queue_other" in crossings:
        if not refused(case, "queue_other", lambda: q.put_nowait(value)):
            interp.exec(f"w = _observe({case!r}, 'queue_other', q.get_nowait, {source!r})")
            if view:
                check_alias(case, "queue_other", value, interp, "w")
    if "call" in crossings:
        got = []
        if not refused(case, "call", lambda: got.append(interp.call(_echo, value))):
            _observe(case, "call", got.pop, source)


def drain(q):
    """Leaves the queue empty for the next case, even after a crossing that failed half-way."""
    for _ in range(100):
        try:
            q.get_nowait()
        except interpreters.QueueEmpty:
            return
        except Exception:
            continue


def main():
    interp = interpreters.create()
    q = interpreters.create_queue()
    try:
        interp.exec(HELPERS)
        interp.prepare_main(q=q)
        for case, source in CASES:
            run_case(case, source, CROSSINGS, interp, q)
            drain(q)
    finally:
        interp.close()


if __name__ == "__main__":
    main()

# "This must raise X, not Y", once for the scripts of every profile. The script passes the exception classes of the
# module it tests: this file imports no interpreters module, so the older generations' profiles include it too.
#
#     with must_raise(interpreters.NotShareableError, "prepare_main(bad=[1, 2])") as raised:
#         interp.prepare_main(bad=[1, 2])
#     assert "list" in str(raised.error)
#
# The block must raise one of the expected classes; a subclass counts, as `except X` and "raises X" read, unless
# exact=True (for a sentence that names the class itself). Anything else fails with an AssertionError that names the
# operation and what came instead: nothing (with the value the block stored in raised.returned, if any), or the
# other exception's type and message, chained. A wrong type never passes, not even a BaseException such as
# SystemExit. but_not lists subclasses of an expected class that are wrong here (InterpreterNotFoundError where the
# interpreter exists). hint is appended to every failure message: why that exception is the right one. The error is
# kept without its traceback, so that it does not keep the script's frame alive.


class must_raise:
    """Context manager: the block must raise ``expected``; the exception caught is ``.error`` after the block."""

    _NOTHING = object()

    def __init__(self, expected, what, *, exact=False, but_not=(), hint=""):
        self.expected = _raising_classes(expected, "expected")
        self.but_not = _raising_classes(but_not, "but_not") if but_not else ()
        if not isinstance(what, str) or not what.strip():
            raise TypeError(f"must_raise: what must name the operation (a non-empty str), not {what!r}")
        self.what = what
        self.exact = exact
        self.hint = f" ({hint})" if hint else ""
        self.error = None
        self.returned = must_raise._NOTHING

    def __enter__(self):
        return self

    def __exit__(self, kind, error, traceback):
        if error is None:
            came = "returned normally" if self.returned is must_raise._NOTHING else f"returned {self.returned!r}"
            raise AssertionError(f"{self.what} {came}; expected {self._expectation(self.expected + self.but_not)}"
                                 f"{self.hint}")
        if self._accepts(error):
            self.error = _raising_without_tracebacks(error)
            return True
        # Every class named in the message, so that two of the same name are told apart by their modules.
        named = self.expected + self.but_not + (type(error),)
        raise AssertionError(f"{self.what} raised {_raising_describe(error, named)}; "
                             f"expected {self._expectation(named)}{self.hint}") from error

    def _accepts(self, error):
        if self.exact:
            right = type(error) in self.expected
        else:
            right = isinstance(error, self.expected)
        return right and not isinstance(error, self.but_not)

    def _expectation(self, named):
        expected = " or ".join(_raising_name(c, named) for c in self.expected)
        if self.exact:
            expected += " itself (not a subclass)"
        if self.but_not:
            expected += ", not " + " or ".join(_raising_name(c, named) for c in self.but_not)
        return expected


def _raising_without_tracebacks(error):
    """The error, and the exceptions it chains, without their tracebacks: a traceback holds the script's frame, and
    a kept error would keep that frame, and every interpreter and queue it refers to, alive until the process ends
    (where a runtime that failed to close them may then crash). The checks after the block need no traceback."""
    seen = set()
    pending = [error]
    while pending:
        current = pending.pop()
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        current.__traceback__ = None
        pending += [current.__cause__, current.__context__]
    return error


def _raising_classes(classes, argument):
    """One exception class or a non-empty tuple of them, as a tuple; anything else is a mistake of the script."""
    candidates = classes if isinstance(classes, tuple) else (classes,)
    if not candidates or not all(isinstance(c, type) and issubclass(c, BaseException) for c in candidates):
        raise TypeError(f"must_raise: {argument} must be an exception class or a non-empty tuple of them, "
                        f"not {classes!r}")
    return candidates


def _raising_name(cls, others):
    """The class's qualified name; with its module when another class of the same name is in play (a runtime's own
    InterpreterError raised where the module's is expected must not read as the expected one)."""
    clash = any(o is not cls and o.__qualname__ == cls.__qualname__ for o in others)
    return f"{cls.__module__}.{cls.__qualname__}" if clash else cls.__qualname__


def _raising_describe(error, named):
    message = str(error)
    name = _raising_name(type(error), named)
    return f"{name}: {message}" if message else name

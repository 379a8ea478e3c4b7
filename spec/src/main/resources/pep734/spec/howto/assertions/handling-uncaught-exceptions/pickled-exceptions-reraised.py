# ---
# clause: section:handling-uncaught-exceptions
# quote: Here's one approach that works for exceptions that can be pickled:
# level: should
# features: errors
# description: the pickle approach re-raises picklable exceptions (builtin and OSError subclasses) with type and args intact
# ---
import pickle
from concurrent import interpreters

CASES = ["ValueError('bad', 3)", "KeyError('k')", "OSError(2, 'gone')", "UnicodeError('u')"]


def main():
    interp = interpreters.create()
    out = interpreters.create_queue()
    try:
        interp.prepare_main(out=out)
        for expr in CASES:
            try:
                interp.exec("try:\n"
                            f"    raise {expr}\n"
                            "except Exception as exc:\n"
                            "    import pickle\n"
                            "    out.put(pickle.dumps(exc))\n"
                            "    class PickledException(Exception):\n"
                            "        pass\n"
                            "    raise PickledException('see the queue')\n")
            except interpreters.ExecutionFailed as exc:
                assert exc.excinfo.type.__name__ == "PickledException", exc.excinfo.type
                original = pickle.loads(out.get(timeout=10))
                expected = eval(expr)
                assert type(original) is type(expected), f"re-raised {type(original).__name__} for {expr}"
                assert original.args == expected.args, f"args {original.args!r} for {expr}"
            else:
                raise AssertionError(f"{expr} did not surface as ExecutionFailed")
    finally:
        interp.close()


if __name__ == "__main__":
    main()

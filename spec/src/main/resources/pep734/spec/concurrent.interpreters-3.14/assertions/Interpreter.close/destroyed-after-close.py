# ---
# clause: api:Interpreter.close
# quote: Finalize and destroy the interpreter.
# level: must
# features: lifecycle
# description: after close() the interpreter is gone: not listed, and exec/call/prepare_main raise InterpreterNotFoundError
# ---
from concurrent import interpreters


def main():
    interp = interpreters.create()
    interp.exec("x = 1")
    result = interp.close()
    assert result is None, f"close() should return None, got {result!r}"
    ids = [i.id for i in interpreters.list_all()]
    assert interp.id not in ids, f"closed interpreter {interp.id} is still listed by list_all(): {ids}"
    attempts = (("exec", lambda: interp.exec("y = 2")),
                ("call", lambda: interp.call(len, "ab")),
                ("prepare_main", lambda: interp.prepare_main(z=3)))
    for name, op in attempts:
        try:
            got = op()
        except interpreters.InterpreterNotFoundError:
            continue
        except Exception as e:
            raise AssertionError(f"{name}() on a closed interpreter raised {type(e).__name__}: {e}; "
                                 "expected InterpreterNotFoundError") from e
        raise AssertionError(f"{name}() on a closed interpreter returned {got!r}: it was not destroyed; "
                             "expected InterpreterNotFoundError")


if __name__ == "__main__":
    main()

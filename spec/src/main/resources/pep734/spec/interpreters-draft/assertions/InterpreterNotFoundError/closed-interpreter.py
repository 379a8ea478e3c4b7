# ---
# clause: api:InterpreterNotFoundError
# quote: The targeted interpreter no longer exists.
# level: must
# features: lifecycle, errors
# description: after close(), exec, call, prepare_main, is_running and close on the object raise InterpreterNotFoundError (an InterpreterError)
# ---
import interpreters


def noop():
    pass


def main():
    assert issubclass(interpreters.InterpreterNotFoundError, interpreters.InterpreterError)
    interp = interpreters.create()
    interp.close()
    actions = (("exec", lambda: interp.exec("x = 1\n")), ("call", lambda: interp.call(noop)),
               ("prepare_main", lambda: interp.prepare_main(x=1)), ("is_running", interp.is_running),
               ("close", interp.close))
    for name, action in actions:
        try:
            got = action()
        except interpreters.InterpreterNotFoundError:
            continue
        except Exception as e:
            raise AssertionError(f"{name}() on a closed interpreter raised {type(e).__name__}: {e}; "
                                 "expected InterpreterNotFoundError")
        raise AssertionError(f"{name}() on a closed interpreter returned {got!r}")


if __name__ == "__main__":
    main()

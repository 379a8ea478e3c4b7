# ---
# clause: api:Interpreter.prepare_main
# quote: Bind "shareable" objects in the interpreter's __main__ module.
# level: should
# features: lifecycle
# description: prepare_main() on a closed interpreter raises InterpreterNotFoundError
# ---
from concurrent import interpreters


def main():
    interp = interpreters.create()
    interp.close()
    try:
        interp.prepare_main(x=1)
    except interpreters.InterpreterNotFoundError:
        pass
    except Exception as e:
        raise AssertionError(f"prepare_main() on a closed interpreter raised {type(e).__name__}: {e}; "
                             "expected InterpreterNotFoundError") from e
    else:
        raise AssertionError("prepare_main() on a closed interpreter returned normally")


if __name__ == "__main__":
    main()

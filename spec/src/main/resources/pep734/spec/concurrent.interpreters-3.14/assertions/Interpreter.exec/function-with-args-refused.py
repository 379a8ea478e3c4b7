# ---
# clause: api:Interpreter.exec
# level: should
# features: errors
# description: exec() of a function that takes parameters raises ValueError without running it
# ---
from concurrent import interpreters


def needs_args(x):
    import builtins
    builtins.RAN = x


def main():
    interp = interpreters.create()
    try:
        try:
            interp.exec(needs_args)
        except ValueError:
            pass
        except Exception as e:
            raise AssertionError(f"exec(function with a parameter) raised {type(e).__name__}: {e}; "
                                 "expected ValueError (CPython: code with args not supported)") from e
        else:
            raise AssertionError("exec(function with a parameter) returned normally")
        interp.exec("import builtins\nassert not hasattr(builtins, 'RAN'), 'the function body ran'\n")
    finally:
        interp.close()


if __name__ == "__main__":
    main()

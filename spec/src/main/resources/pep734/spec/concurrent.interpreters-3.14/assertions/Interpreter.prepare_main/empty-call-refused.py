# ---
# clause: api:Interpreter.prepare_main
# level: should
# description: prepare_main() and prepare_main(None) with nothing to bind raise ValueError
# ---
from concurrent import interpreters


def main():
    interp = interpreters.create()
    try:
        for args in ((), (None,)):
            try:
                interp.prepare_main(*args)
            except ValueError:
                pass
            except Exception as e:
                raise AssertionError(f"prepare_main{args!r} raised {type(e).__name__}: {e}; expected ValueError") from e
            else:
                raise AssertionError(f"prepare_main{args!r} returned; CPython raises ValueError (nothing to bind)")
    finally:
        interp.close()


if __name__ == "__main__":
    main()

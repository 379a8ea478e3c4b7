# ---
# clause: api:Interpreter.prepare_main
# level: should
# description: a mapping with a non-str key is refused with TypeError, and nothing from it is bound
# ---
from concurrent import interpreters


def main():
    interp = interpreters.create()
    try:
        try:
            interp.prepare_main({"ok": 1, 2: "two"})
        except TypeError:
            pass
        except Exception as e:
            raise AssertionError(f"prepare_main with key 2 raised {type(e).__name__}: {e}; expected TypeError") from e
        else:
            raise AssertionError("prepare_main accepted the non-str key 2; names in __main__ must be str")
        interp.exec("assert 'ok' not in globals(), 'the failed prepare_main bound ok anyway'\n")
    finally:
        interp.close()


if __name__ == "__main__":
    main()

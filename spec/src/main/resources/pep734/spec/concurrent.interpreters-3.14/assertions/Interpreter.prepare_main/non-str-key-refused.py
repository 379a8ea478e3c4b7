# ---
# clause: api:Interpreter.prepare_main
# level: should
# description: a mapping with a non-str key is refused with TypeError, and nothing from it is bound
# includes: raising.py
# ---
from concurrent import interpreters


def main():
    interp = interpreters.create()
    try:
        with must_raise(TypeError, "prepare_main with the non-str key 2", hint="names in __main__ must be str"):
            interp.prepare_main({"ok": 1, 2: "two"})
        interp.exec("assert 'ok' not in globals(), 'the failed prepare_main bound ok anyway'\n")
    finally:
        interp.close()


if __name__ == "__main__":
    main()

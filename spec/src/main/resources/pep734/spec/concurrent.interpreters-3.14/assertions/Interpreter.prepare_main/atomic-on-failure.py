# ---
# clause: api:Interpreter.prepare_main
# level: should
# features: shareable
# description: when one value is not shareable, prepare_main binds none of the values (all or nothing)
# ---
from concurrent import interpreters


def main():
    interp = interpreters.create()
    try:
        try:
            interp.prepare_main({"good_first": 1}, bad=[1], good_last="x")
        except interpreters.NotShareableError:
            pass
        else:
            raise AssertionError("prepare_main accepted a list; expected NotShareableError")
        interp.exec(
            "_bound = sorted(n for n in ('good_first', 'bad', 'good_last') if n in globals())\n"
            "assert _bound == [], f'a failed prepare_main bound {_bound} anyway; CPython binds nothing'\n")
    finally:
        interp.close()


if __name__ == "__main__":
    main()

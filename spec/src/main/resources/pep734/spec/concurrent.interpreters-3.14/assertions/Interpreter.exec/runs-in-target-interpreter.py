# ---
# clause: api:Interpreter.exec
# quote: Run the given source code in the interpreter (in the current thread).
# level: must
# features: isolation
# description: code given to exec() runs in that interpreter's __main__, not in the caller's
# ---
from concurrent import interpreters
import __main__


def main():
    a = interpreters.create()
    try:
        b = interpreters.create()
        try:
            a.prepare_main(expected=a.id)
            a.exec("from concurrent import interpreters as _i\n"
                   "assert _i.get_current().id == expected, (_i.get_current().id, expected)\n"
                   "assert __name__ == '__main__', __name__\n"
                   "only_in_a = 'a'\n")
            assert not hasattr(__main__, "only_in_a"), "exec() on a sub bound a name in the caller's __main__"
            b.exec("assert 'only_in_a' not in globals(), 'a name bound in interpreter a appeared in interpreter b'\n")
            a.exec("assert only_in_a == 'a'\n")
        finally:
            b.close()
    finally:
        a.close()


if __name__ == "__main__":
    main()

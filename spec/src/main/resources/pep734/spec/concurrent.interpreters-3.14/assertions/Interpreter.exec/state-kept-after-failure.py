# ---
# clause: api:Interpreter.exec
# quote: Run the given source code in the interpreter (in the current thread).
# level: should
# features: errors
# description: names bound before an uncaught exception stay in __main__; the failing statement's effects after it do not
# ---
from concurrent import interpreters


def main():
    interp = interpreters.create()
    try:
        try:
            interp.exec("before = 1\nraise KeyError('x')\nafter = 2\n")
        except interpreters.ExecutionFailed:
            pass
        else:
            raise AssertionError("exec() of code raising KeyError returned normally")
        interp.exec("assert before == 1, before\n"
                    "assert 'after' not in globals(), 'code after the raise ran'\n")
    finally:
        interp.close()


if __name__ == "__main__":
    main()

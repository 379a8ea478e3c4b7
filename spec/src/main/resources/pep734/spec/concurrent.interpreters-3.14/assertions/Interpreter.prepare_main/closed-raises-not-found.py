# ---
# clause: api:Interpreter.prepare_main
# quote: Bind "shareable" objects in the interpreter's __main__ module.
# level: should
# features: lifecycle
# description: prepare_main() on a closed interpreter raises InterpreterNotFoundError
# includes: raising.py
# ---
from concurrent import interpreters


def main():
    interp = interpreters.create()
    interp.close()
    with must_raise(interpreters.InterpreterNotFoundError, "prepare_main() on a closed interpreter"):
        interp.prepare_main(x=1)


if __name__ == "__main__":
    main()

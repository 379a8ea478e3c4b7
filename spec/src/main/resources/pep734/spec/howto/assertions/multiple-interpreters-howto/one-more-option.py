# ---
# clause: section:multiple-interpreters-howto
# quote: There's one more option: multiple interpreters (AKA "subinterpreters").
# level: must
# features: isolation
# description: multiple interpreters are an option beside threads and processes: concurrent.interpreters creates a subinterpreter that runs code
# ---
from concurrent import interpreters


def main():
    interp = interpreters.create()
    try:
        assert interp.id != interpreters.get_main().id, "create() returned the main interpreter"
        interp.prepare_main(n=20)
        interp.exec("n = n + 22")
        interp.exec("assert n == 42, n")
    finally:
        interp.close()


if __name__ == "__main__":
    main()

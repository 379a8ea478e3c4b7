# ---
# clause: api:Interpreter.close
# quote: Attempting to destroy the current interpreter results in a RuntimeError.
# level: must
# features: lifecycle, errors
# description: get_current().close() raises RuntimeError inside a sub-interpreter and in main; both interpreters survive
# includes: raising.py
# ---
from test.support import interpreters


def main():
    interp = interpreters.create()
    try:
        interp.run(
            "from test.support import interpreters\n"
            "try:\n"
            "    interpreters.get_current().close()\n"
            "except RuntimeError:\n"
            "    outcome = 'RuntimeError'\n"
            "except Exception as e:\n"
            "    outcome = type(e).__name__\n"
            "else:\n"
            "    outcome = 'returned'\n"
            "assert outcome == 'RuntimeError', outcome\n")
    except interpreters.RunFailedError as e:
        raise AssertionError(f"inside a sub-interpreter get_current().close() did not raise RuntimeError: {e}")
    try:
        assert interp.id in [i.id for i in interpreters.list_all()], "the sub-interpreter destroyed itself"
        interp.run("still = 1\n")
    finally:
        interp.close()
    with must_raise(RuntimeError, "get_current().close() in the main interpreter"):
        interpreters.get_current().close()
    assert interpreters.get_main().id in [i.id for i in interpreters.list_all()], "the main interpreter was destroyed"


if __name__ == "__main__":
    main()

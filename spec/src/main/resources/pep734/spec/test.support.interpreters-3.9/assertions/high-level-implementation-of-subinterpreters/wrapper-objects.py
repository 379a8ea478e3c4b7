# ---
# clause: section:high-level-implementation-of-subinterpreters
# quote: It is a wrapper around the low-level __xxsubinterpreters module.
# level: should
# features: lifecycle
# description: Interpreter objects only wrap an ID: a second Interpreter(id) for the same ID drives the same interpreter (shared __main__, same running state)
# ---
from test.support import interpreters


def main():
    interp = interpreters.create()
    try:
        other = interpreters.Interpreter(interp.id)
        assert other.id == interp.id, f"Interpreter({interp.id!r}).id is {other.id!r}"
        interp.run("marker = 'set via the first wrapper'\n")
        try:
            other.run("assert marker == 'set via the first wrapper', marker\n")
        except interpreters.RunFailedError as e:
            raise AssertionError(f"a second wrapper of ID {interp.id} does not see the first one's __main__: {e}")
        other.close()
        assert interp.id not in [i.id for i in interpreters.list_all()], (
            "closing through one wrapper did not destroy the interpreter the other wrapper names")
    finally:
        if interp.id in [i.id for i in interpreters.list_all()]:
            interp.close()


if __name__ == "__main__":
    main()

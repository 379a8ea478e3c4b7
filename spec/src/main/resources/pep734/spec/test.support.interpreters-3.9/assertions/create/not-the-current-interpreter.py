# ---
# clause: api:create
# quote: Get the currently running interpreter.
# level: must
# features: lifecycle
# description: the sentence is get_current()'s, copied by mistake (erratum create-is-not-get-current): create() returns a new interpreter, never the current one, from main and from a sub
# ---
from test.support import interpreters


def main():
    current = interpreters.get_current()
    interp = interpreters.create()
    try:
        assert interp.id != current.id, f"create() returned the currently running interpreter {current.id!r}"
        try:
            interp.run("from test.support import interpreters\n"
                       "me = interpreters.get_current()\n"
                       "other = interpreters.create()\n"
                       "try:\n"
                       "    assert other.id != me.id, (other.id, me.id)\n"
                       "finally:\n"
                       "    other.close()\n")
        except interpreters.RunFailedError as e:
            raise AssertionError(f"create() inside a sub-interpreter returned that interpreter itself: {e}")
    finally:
        interp.close()


if __name__ == "__main__":
    main()

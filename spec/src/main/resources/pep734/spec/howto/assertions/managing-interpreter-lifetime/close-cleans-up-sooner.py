# ---
# clause: section:managing-interpreter-lifetime
# quote: While you can wait until the interpreter is cleaned up when the process exits, you can explicitly clean it up sooner:
# level: must
# features: lifecycle
# description: after close() the interpreter is gone at once (not listed, cannot run code), other interpreters untouched
# ---
from concurrent import interpreters


def main():
    before = sorted(i.id for i in interpreters.list_all())
    keep = interpreters.create()
    interp = interpreters.create()
    try:
        interp.exec("x = 1")
        ids = [i.id for i in interpreters.list_all()]
        assert interp.id in ids and keep.id in ids, f"list_all() {ids} lacks a live interpreter"
        interp.close()
        ids = [i.id for i in interpreters.list_all()]
        assert interp.id not in ids, f"interpreter {interp.id} is still listed after close(): {ids}"
        assert keep.id in ids, f"closing {interp.id} removed interpreter {keep.id} too: {ids}"
        try:
            interp.exec("x = 2")
        except interpreters.InterpreterNotFoundError:
            pass
        else:
            raise AssertionError("exec() on a closed interpreter ran instead of raising InterpreterNotFoundError")
        try:
            interpreters.Interpreter(interp.id)
        except interpreters.InterpreterNotFoundError:
            pass
        else:
            raise AssertionError(f"Interpreter({interp.id}) still finds the closed interpreter")
        keep.exec("y = 1")   # still usable
    finally:
        keep.close()
    ids = sorted(i.id for i in interpreters.list_all())
    assert ids == before, f"after closing every interpreter created here, list_all() is {ids}, expected {before} as before"


if __name__ == "__main__":
    main()

# ---
# clause: api:get_current
# quote: Return an Interpreter object for the currently running interpreter.
# level: must
# features: threads
# description: a thread started by code in a sub runs in that sub: get_current() there is the sub, not main
# ---
from concurrent import interpreters


def main():
    interp = interpreters.create()
    out = interpreters.create_queue()
    try:
        interp.prepare_main(out=out)
        interp.exec(
            "import threading\n"
            "from concurrent import interpreters as _i\n"
            "def _report():\n"
            "    out.put(_i.get_current().id)\n"
            "_t = threading.Thread(target=_report)\n"
            "_t.start()\n"
            "_t.join()\n")
        got = out.get(timeout=30)
        assert got == interp.id, (
            f"get_current() in a thread started inside interpreter {interp.id} returned id {got}; "
            "if this fails, check that new threads inherit the interpreter they were started in")
    finally:
        interp.close()


if __name__ == "__main__":
    main()

# ---
# clause: api:get_current
# level: should
# features: lowlevel, threads
# description: a thread started inside a subinterpreter also sees that subinterpreter as current
# includes: lowlevel_main.py
# ---
import _interpreters


def main():
    interp = _interpreters.create()
    try:
        ns = run_and_read(interp, (
            "import _interpreters, threading\n"
            "box = []\n"
            "t = threading.Thread(target=lambda: box.append(int(_interpreters.get_current())))\n"
            "t.start(); t.join()\n"
            "cur = box[0]\n"))
        assert ns["cur"] == int(interp), f"a thread inside interpreter {int(interp)} saw get_current() = {ns['cur']}"
    finally:
        _interpreters.destroy(interp)


if __name__ == "__main__":
    main()

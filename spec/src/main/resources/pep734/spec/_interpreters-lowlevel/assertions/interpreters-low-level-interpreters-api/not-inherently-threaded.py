# ---
# clause: section:interpreters-low-level-interpreters-api
# quote: Note particularly that interpreters aren't inherently threaded, even though they track and manage Python threads.
# level: must
# features: lowlevel, threads
# description: creating an interpreter starts no thread; a thread started inside it is tracked there (threading.enumerate) and not in main
# includes: lowlevel_main.py
# ---
import _interpreters
import threading


def main():
    before = threading.active_count()
    interp = _interpreters.create()
    try:
        assert threading.active_count() == before, (
            f"create() changed the number of Python threads in main from {before} to {threading.active_count()}")
        ns = run_and_read(interp, (
            "import threading\n"
            "ev = threading.Event()\n"
            "t = threading.Thread(target=ev.wait, name='pep734-inner')\n"
            "t.start()\n"
            "inner = sorted(th.name for th in threading.enumerate())\n"
            "ev.set(); t.join()\n"
            "after = threading.active_count()\n"))
        assert "pep734-inner" in list(ns["inner"]), (
            f"the thread started in the interpreter is not in its threading.enumerate(): {ns['inner']!r}")
        assert ns["after"] == 1, f"after join the interpreter still counts {ns['after']} threads; expected 1"
        assert "pep734-inner" not in [t.name for t in threading.enumerate()], (
            "a thread started in a subinterpreter shows up in the main interpreter's threading.enumerate()")
    finally:
        _interpreters.destroy(interp)


if __name__ == "__main__":
    main()

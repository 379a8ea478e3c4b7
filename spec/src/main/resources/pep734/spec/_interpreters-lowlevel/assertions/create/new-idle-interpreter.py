# ---
# clause: api:create
# quote: Initialize a new Python interpreter and return its identifier.
# quote: The interpreter will be created in the current thread and will remain idle until something is run in it.
# level: must
# features: lowlevel, lifecycle
# description: create() returns a new, distinct, idle ID each call, starts no thread, and the interpreter has a fresh __main__
# includes: lowlevel_main.py
# ---
import _interpreters
import threading

marker_in_main = 1


def main():
    threads = threading.active_count()
    existing = {int(_interpreters.get_main()), int(_interpreters.get_current())}
    a = _interpreters.create()
    b = _interpreters.create()
    try:
        assert int(a) not in existing and int(b) not in existing and int(a) != int(b), (
            f"create() returned {int(a)} and {int(b)}; existing IDs were {sorted(existing)}")
        assert _interpreters.is_running(a) is False and _interpreters.is_running(b) is False, (
            "a newly created interpreter is running although nothing was run in it")
        assert threading.active_count() == threads, "create() started a Python thread"
        ns = run_and_read(a, "names = sorted(k for k in globals() if not k.startswith('__'))\n")
        assert list(ns["names"]) == [], f"a new interpreter's __main__ already holds {ns['names']!r}"
        assert "marker_in_main" not in ns, "a new interpreter's namespace holds the main interpreter's globals"
    finally:
        _interpreters.destroy(a)
        _interpreters.destroy(b)


if __name__ == "__main__":
    main()

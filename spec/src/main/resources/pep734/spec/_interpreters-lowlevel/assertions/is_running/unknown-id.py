# ---
# clause: api:is_running
# level: should
# features: lowlevel, errors
# description: is_running() of a destroyed or never-existing ID raises RuntimeError (as run_string does for unknown IDs) instead of answering
# ---
import _interpreters


def main():
    interp = _interpreters.create()
    _interpreters.destroy(interp)
    for bad in (interp, 10**6):
        try:
            got = _interpreters.is_running(bad)
        except RuntimeError:
            continue
        raise AssertionError(f"is_running({int(bad)}) of an interpreter that does not exist returned {got!r}; "
                             "expected RuntimeError")


if __name__ == "__main__":
    main()

# ---
# clause: api:run_string
# level: must
# features: lowlevel, threads
# description: run_string returns only when the program has finished (a 0.5 s sleep delays the caller at least that long)
# includes: lowlevel_main.py
# ---
import _interpreters
import time


def main():
    interp = _interpreters.create()
    try:
        start = time.monotonic()
        _interpreters.run_string(interp, "import time\ntime.sleep(0.5)\nfinished = True\n")
        took = time.monotonic() - start
        assert took >= 0.45, f"run_string returned after {took:.3f} s, before the 0.5 s program ended"
        ns = read_main(interp)
        assert ns.get("finished") is True, "the program had not finished when run_string returned"
    finally:
        _interpreters.destroy(interp)


if __name__ == "__main__":
    main()

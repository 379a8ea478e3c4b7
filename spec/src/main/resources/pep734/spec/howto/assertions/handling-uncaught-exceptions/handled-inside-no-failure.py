# ---
# clause: section:handling-uncaught-exceptions
# quote: You can handle the exception in the interpreter as well, like you might do with threads or a script:
# level: must
# features: errors
# description: an exception caught inside the interpreter raises nothing in the caller, and the handler ran
# ---
from concurrent import interpreters


def main():
    interp = interpreters.create()
    out = interpreters.create_queue()
    try:
        interp.prepare_main(out=out)
        result = interp.exec("try:\n"
                             "    1/0\n"
                             "except ZeroDivisionError as e:\n"
                             "    handled = type(e).__name__\n")
        assert result is None
        interp.exec("out.put(handled)")
        assert out.get(timeout=10) == "ZeroDivisionError", "the handler in the interpreter did not run"
    finally:
        interp.close()


if __name__ == "__main__":
    main()

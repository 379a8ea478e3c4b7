# ---
# clause: api:Interpreter.run
# quote: Run the given source code in the interpreter.
# level: must
# features: isolation
# description: run() executes the source in that interpreter's __main__: state persists between runs, main's globals are not touched, run() returns None
# ---
from test.support import interpreters

counter = 0


def main():
    interp = interpreters.create()
    try:
        result = interp.run("counter = 10\ndef bump():\n    global counter\n    counter += 1\n")
        assert result is None, f"run() returned {result!r}; expected None"
        interp.run("bump()\nbump()\n")
        try:
            interp.run("assert counter == 12, counter\nassert __name__ == '__main__', __name__\n")
        except interpreters.RunFailedError as e:
            raise AssertionError(f"the sub-interpreter's state after three runs is wrong: {e}")
        assert counter == 0, "run() changed the main interpreter's global 'counter'"
    finally:
        interp.close()


if __name__ == "__main__":
    main()

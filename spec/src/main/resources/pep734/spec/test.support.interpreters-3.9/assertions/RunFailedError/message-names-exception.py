# ---
# clause: api:RunFailedError
# level: should
# features: errors
# description: the RunFailedError's message names the type and the message of the uncaught exception
# ---
from test.support import interpreters


def main():
    interp = interpreters.create()
    try:
        try:
            interp.run("raise KeyError('spam-key-31')\n")
        except interpreters.RunFailedError as e:
            text = str(e)
            assert "KeyError" in text and "spam-key-31" in text, (
                f"RunFailedError says {text!r}; it should name KeyError and 'spam-key-31'")
        else:
            raise AssertionError("run() of a raising program returned normally")
    finally:
        interp.close()


if __name__ == "__main__":
    main()

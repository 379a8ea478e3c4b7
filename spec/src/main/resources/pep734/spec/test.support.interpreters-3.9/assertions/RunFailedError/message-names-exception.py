# ---
# clause: api:RunFailedError
# level: should
# features: errors
# description: the RunFailedError's message names the type and the message of the uncaught exception
# includes: raising.py
# ---
from test.support import interpreters


def main():
    interp = interpreters.create()
    try:
        with must_raise(interpreters.RunFailedError, "run() of a raising program") as raised:
            interp.run("raise KeyError('spam-key-31')\n")
        text = str(raised.error)
        assert "KeyError" in text and "spam-key-31" in text, (
            f"RunFailedError says {text!r}; it should name KeyError and 'spam-key-31'")
    finally:
        interp.close()


if __name__ == "__main__":
    main()

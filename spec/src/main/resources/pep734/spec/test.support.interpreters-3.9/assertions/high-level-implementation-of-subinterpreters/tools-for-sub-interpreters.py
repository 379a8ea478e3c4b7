# ---
# clause: section:high-level-implementation-of-subinterpreters
# quote: This module provides high-level tools for working with sub-interpreters, such as creating them, running code in them, or sending data between them.
# level: must
# features: channels
# description: end to end: create a sub-interpreter, run code in it, and send data from it back to main over a channel
# includes: channel_ends.py
# ---
from test.support import interpreters


def main():
    interp = interpreters.create()
    try:
        r, s = interpreters.create_channel()
        interp.run("word = 'spam' * 2\n")
        interp.run(ends_source(s=s) + "s.send_nowait(word.encode())\n")
        got = r.recv()
        assert got == b"spamspam", f"the sub-interpreter sent {got!r}; expected b'spamspam'"
    finally:
        interp.close()


if __name__ == "__main__":
    main()

# ---
# clause: api:create
# quote: Initialize a new (idle) Python interpreter and return a Interpreter object for it.
# level: must
# features: isolation
# description: each new interpreter starts with its own, fresh __main__ (names bound in another interpreter are absent)
# ---
from concurrent import interpreters

MARKER_IN_CALLER = "caller's global"


def main():
    a = interpreters.create()
    try:
        a.exec("leaked = 'from a'")
        b = interpreters.create()
        try:
            b.exec(
                "import __main__\n"
                "for _name in ('leaked', 'MARKER_IN_CALLER', 'main'):\n"
                "    assert not hasattr(__main__, _name), f'new interpreter already has {_name!r} in __main__'\n"
                "assert __name__ == '__main__', __name__\n")
        finally:
            b.close()
    finally:
        a.close()


if __name__ == "__main__":
    main()

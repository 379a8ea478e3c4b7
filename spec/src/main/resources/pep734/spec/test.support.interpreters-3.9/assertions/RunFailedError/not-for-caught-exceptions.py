# ---
# clause: api:RunFailedError
# level: must
# features: errors
# description: an exception caught inside the program does not make run() raise; a SyntaxError-free program that ends normally returns None
# ---
from test.support import interpreters


def main():
    interp = interpreters.create()
    try:
        result = interp.run("try:\n    raise ValueError('handled')\nexcept ValueError:\n    handled = True\n")
        assert result is None, f"run() of a program that handles its exception returned {result!r}"
    finally:
        interp.close()


if __name__ == "__main__":
    main()

# ---
# clause: api:InterpreterNotFoundError
# quote: This exception, a subclass of InterpreterError, is raised when the targeted interpreter no longer exists.
# level: must
# features: lifecycle
# description: an Interpreter object whose interpreter was closed through another object or from a sub raises not-found
# ---
from concurrent import interpreters


def main():
    victim = interpreters.create()
    closer = interpreters.create()
    try:
        closer.exec(f"from concurrent import interpreters as m\nm.Interpreter({victim.id}).close()\n")
        try:
            victim.exec("pass")
        except interpreters.InterpreterNotFoundError:
            pass
        else:
            raise AssertionError("exec() through a stale Interpreter object returned normally")
    finally:
        closer.close()


if __name__ == "__main__":
    main()

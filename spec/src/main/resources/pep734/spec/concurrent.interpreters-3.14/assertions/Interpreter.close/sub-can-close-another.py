# ---
# clause: api:Interpreter.close
# quote: Finalize and destroy the interpreter.
# level: should
# features: lifecycle
# description: code in one subinterpreter can close another; main then sees it gone (not listed, methods raise not found)
# ---
from concurrent import interpreters


def main():
    closer = interpreters.create()
    victim = interpreters.create()
    try:
        closer.exec(f"from concurrent import interpreters\ninterpreters.Interpreter({victim.id}).close()\n")
        ids = [i.id for i in interpreters.list_all()]
        assert victim.id not in ids, f"interpreter {victim.id} closed from another sub is still listed: {ids}"
        try:
            victim.exec("pass")
        except interpreters.InterpreterNotFoundError:
            pass
        else:
            raise AssertionError("exec() on an interpreter closed by another sub returned normally")
    finally:
        closer.close()


if __name__ == "__main__":
    main()

# ---
# clause: api:ExecutionFailed
# level: should
# features: errors, lifecycle
# description: after ExecutionFailed the interpreter is still listed, keeps its __main__ state and runs more code
# ---
from concurrent import interpreters


def main():
    interp = interpreters.create()
    try:
        interp.exec("kept = 'yes'")
        for _ in range(3):
            try:
                interp.exec("raise RuntimeError('again')")
            except interpreters.ExecutionFailed:
                pass
            else:
                raise AssertionError("exec() of raising code returned normally")
        assert interp.id in [i.id for i in interpreters.list_all()], "the failed interpreter is no longer listed"
        interp.exec("assert kept == 'yes', kept")
    finally:
        interp.close()


if __name__ == "__main__":
    main()

# ---
# clause: section:interp-tutorial-basics
# quote: They are isolated and independent from each other.
# level: must
# features: isolation, lifecycle
# description: a failure in one interpreter and closing it leave another interpreter's state and use intact
# ---
from concurrent import interpreters


def main():
    a = interpreters.create()
    b = interpreters.create()
    out = interpreters.create_queue()
    try:
        b.prepare_main(out=out)
        b.exec("counter = 1")
        a.exec("counter = 100")
        try:
            a.exec("raise RuntimeError('a fails')")
        except interpreters.ExecutionFailed:
            pass
        else:
            raise AssertionError("an uncaught RuntimeError in interpreter a did not raise ExecutionFailed")
        a.close()
        assert a.id not in [i.id for i in interpreters.list_all()], "closed interpreter still listed"
        b.exec("counter += 1\nout.put(counter)")
        got = out.get(timeout=10)
        assert got == 2, f"interpreter b's counter is {got!r} after a failed and was closed; expected 2 (1 + 1)"
        assert b.id in [i.id for i in interpreters.list_all()], "closing interpreter a removed interpreter b"
    finally:
        b.close()


if __name__ == "__main__":
    main()

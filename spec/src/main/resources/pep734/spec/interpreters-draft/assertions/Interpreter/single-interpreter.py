# ---
# clause: api:Interpreter
# quote: A single interpreter.
# level: must
# features: lifecycle
# description: each Interpreter object stands for one interpreter: own ID, own __main__, close() ends only that one
# ---
import interpreters


def main():
    a = interpreters.create()
    b = interpreters.create()
    try:
        a.prepare_main(name="a")
        b.prepare_main(name="b")
        try:
            a.exec("assert name == 'a', name\n")
            b.exec("assert name == 'b', name\n")
        except interpreters.ExecutionFailed as e:
            raise AssertionError(f"two Interpreter objects share a __main__: {e}")
        a.close()
        ids = [i.id for i in interpreters.list_all()]
        assert a.id not in ids and b.id in ids, f"after a.close() list_all() IDs are {ids}"
        b.exec("assert name == 'b'\n")
    finally:
        b.close()


if __name__ == "__main__":
    main()

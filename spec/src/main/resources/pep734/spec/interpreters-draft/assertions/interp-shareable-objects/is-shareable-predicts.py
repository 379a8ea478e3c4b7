# ---
# clause: section:interp-shareable-objects
# quote: You can use interpreters.is_shareable to know ahead of time if an object can be passed between interpreters.
# level: must
# features: shareable
# description: for a mix of objects, is_shareable(obj) is True exactly when prepare_main(obj=obj) succeeds
# includes: queues_imported.py
# ---
import interpreters


def main():
    objs = [None, True, 1, -1, 2.5, "s", b"b", (), ("a", 1), memoryview(b"m"), interpreters.create_queue(),
            [], {}, set(), bytearray(), object(), (1, [2]), main]
    interp = interpreters.create()
    try:
        import_queues_in(interp)
        wrong = []
        for obj in objs:
            predicted = interpreters.is_shareable(obj)
            try:
                interp.prepare_main(obj=obj)
                passed = True
            except interpreters.NotShareableError:
                passed = False
            if predicted is not passed:
                wrong.append((obj, predicted, passed))
        assert not wrong, "is_shareable() mispredicts: " + "; ".join(
            f"{o!r}: is_shareable {p}, prepare_main {'accepted' if a else 'refused'}" for o, p, a in wrong)
    finally:
        interp.close()


if __name__ == "__main__":
    main()

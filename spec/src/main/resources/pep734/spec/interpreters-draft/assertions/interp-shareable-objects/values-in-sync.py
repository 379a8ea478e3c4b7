# ---
# clause: section:interp-shareable-objects
# quote: The primary characteristic of shareable objects is that their values are guaranteed to always be in sync when "shared" between interpreters.
# quote: Effectively, they will be strictly equivalent and functionally identical.
# quote: That means one of the following is true:
# quote: for immutable objects, the underlying data was copied (e.g. str)
# level: must
# features: shareable
# description: each shareable value bound with prepare_main is equal and of the same type in the subinterpreter, and comes back equal through a queue
# includes: queues_imported.py
# ---
import interpreters

VALUES = [None, True, False, b"bytes\x00", "str \u00e9\U0001F600", 0, -(2**40), 3.25, 1e300, (),
          (1, ("nested", b"x", None))]


def main():
    interp = interpreters.create()
    q = interpreters.create_queue()
    try:
        import_queues_in(interp)
        interp.prepare_main(q=q)
        for value in VALUES:
            interp.prepare_main(v=value)
            try:
                interp.exec(f"assert type(v).__name__ == {type(value).__name__!r}, type(v)\n"
                            f"assert v == {value!r}, v\n"
                            "q.put(v)\n")
            except interpreters.ExecutionFailed as e:
                raise AssertionError(f"{value!r} is not the same in the subinterpreter: {e}")
            back = q.get(timeout=10)
            assert type(back) is type(value) and back == value, f"{value!r} came back as {back!r}"
    finally:
        interp.close()


if __name__ == "__main__":
    main()

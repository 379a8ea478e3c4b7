# ---
# clause: section:reference
# level: should
# features: queues, shareable
# description: a queue carries an int beyond 64 bits (pickled) from main to a subinterpreter and back with type and value intact
# ---
from concurrent import interpreters


def main():
    value = 2 ** 100 + 7
    q = interpreters.create_queue()
    back = interpreters.create_queue()
    interp = interpreters.create()
    try:
        interp.prepare_main(q=q, back=back)
        q.put(value)
        interp.exec(
            "v = q.get(timeout=10)\n"
            f"assert type(v).__name__ == {type(value).__name__!r}, f'arrived as {{type(v).__name__}}'\n"
            f"assert repr(v) == {repr(value)!r}, f'arrived changed: {{v!r}}'\n"
            "back.put(v)\n")
        got = back.get(timeout=10)
        assert type(got) is type(value), f"came back as {type(got).__name__}, sent {type(value).__name__}"
        assert repr(got) == repr(value), f"came back changed: {got!r}; sent {value!r}"
        assert q.empty() and back.empty(), "items left behind in the queues"
    finally:
        interp.close()


if __name__ == "__main__":
    main()

# Sends a value through a queue to a new subinterpreter and back, checking type and repr at both ends.
from concurrent import interpreters as _round_trip_interpreters


def queue_round_trip(value):
    """Puts ``value`` on a queue in main; a subinterpreter gets it, checks that it arrived with the same type
    name and repr, and puts it on a second queue; main checks the returned item the same way and that both
    queues are empty afterwards."""
    q = _round_trip_interpreters.create_queue()
    back = _round_trip_interpreters.create_queue()
    interp = _round_trip_interpreters.create()
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

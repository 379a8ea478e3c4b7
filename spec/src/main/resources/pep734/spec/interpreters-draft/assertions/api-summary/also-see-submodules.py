# ---
# clause: section:api-summary
# quote: Also see interpreters.queues and interpreters.channels.
# level: must
# features: queues, channels
# description: create_queue() returns an interpreters.queues.Queue and create_channel() a pair of interpreters.channels.RecvChannel and SendChannel
# ---
import interpreters
import interpreters.channels
import interpreters.queues


def main():
    q = interpreters.create_queue()
    assert isinstance(q, interpreters.queues.Queue), f"create_queue() returned {type(q)!r}"
    pair = interpreters.create_channel()
    assert isinstance(pair, tuple) and len(pair) == 2, f"create_channel() returned {pair!r}; expected a pair"
    r, s = pair
    assert isinstance(r, interpreters.channels.RecvChannel), f"first end is {type(r)!r}"
    assert isinstance(s, interpreters.channels.SendChannel), f"second end is {type(s)!r}"


if __name__ == "__main__":
    main()

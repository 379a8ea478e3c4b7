# ---
# clause: section:reference
# level: should
# features: queues
# description: an unknown unbounditems policy is refused with NotImplementedError, at create_queue() and at put()
# ---
from concurrent import interpreters


def main():
    try:
        interpreters.create_queue(unbounditems="bogus")
    except NotImplementedError:
        pass
    else:
        raise AssertionError("create_queue(unbounditems='bogus') returned normally")
    q = interpreters.create_queue()
    try:
        q.put(1, unbounditems="bogus")
    except NotImplementedError:
        pass
    else:
        raise AssertionError("put(1, unbounditems='bogus') returned normally")
    assert q.empty(), "the refused put() queued its item"


if __name__ == "__main__":
    main()

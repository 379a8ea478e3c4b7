# ---
# clause: api:create_queue
# level: must
# features: queues
# description: each create_queue() call makes a new empty queue; items of one never come out of another
# ---
import interpreters


def main():
    a = interpreters.create_queue()
    b = interpreters.create_queue()
    assert a.id != b.id, "two queues share an ID"
    assert a.empty() and b.empty(), "a new queue is not empty"
    a.put("only-a")
    assert b.empty(), "an item put into one queue appeared in another"
    assert a.get(timeout=5) == "only-a"


if __name__ == "__main__":
    main()

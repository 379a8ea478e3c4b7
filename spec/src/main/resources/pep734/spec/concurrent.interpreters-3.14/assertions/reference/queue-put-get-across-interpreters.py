# ---
# clause: section:reference
# level: should
# features: queues
# description: a queue passed to a sub carries items both ways; the sub sees the same queue (same id)
# ---
from concurrent import interpreters


def main():
    q = interpreters.create_queue()
    back = interpreters.create_queue()
    interp = interpreters.create()
    try:
        interp.prepare_main(q=q, back=back, expected_id=q.id)
        q.put("to sub")
        interp.exec(
            "assert q.id == expected_id, f'the sub got queue {q.id}, main sent {expected_id}'\n"
            "_item = q.get(timeout=10)\n"
            "assert _item == 'to sub', f'the sub got {_item!r}'\n"
            "back.put(('to main', q.qsize()))\n")
        got = back.get(timeout=10)
        assert got == ("to main", 0), f"main got {got!r} from the sub, expected ('to main', 0)"
        assert q.empty() and back.empty(), "both queues must be empty after one put and one get each"
    finally:
        interp.close()


if __name__ == "__main__":
    main()

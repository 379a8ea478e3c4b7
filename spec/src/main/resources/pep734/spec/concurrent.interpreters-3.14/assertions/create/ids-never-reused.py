# ---
# clause: api:create
# level: should
# features: lifecycle
# description: ids of closed interpreters are not handed out again; each create() gets an id greater than the previous ones
# ---
from concurrent import interpreters


def main():
    seen = []
    for _ in range(4):
        interp = interpreters.create()
        seen.append(interp.id)
        interp.close()
    assert len(set(seen)) == len(seen), (
        f"create()/close() four times gave ids {seen}: an id was reused after close; CPython never reuses ids "
        "(a stale Interpreter object would otherwise reach a different interpreter)")
    assert seen == sorted(seen), f"CPython hands out increasing ids, got {seen}"
    later = interpreters.create()
    try:
        assert later.id > max(seen), f"a later create() gave id {later.id}, not above the earlier ids {seen}"
    finally:
        later.close()


if __name__ == "__main__":
    main()

# ---
# clause: api:list_all
# level: should
# description: list_all() returns a new list each time: changing the returned list does not change the registry
# ---
from concurrent import interpreters


def main():
    interp = interpreters.create()
    try:
        first = interpreters.list_all()
        first.clear()
        second = interpreters.list_all()
        assert second is not first, "list_all() returned the same list object twice"
        ids = [i.id for i in second]
        assert 0 in ids and interp.id in ids, f"after clearing a returned list, list_all() gives ids {ids}"
    finally:
        interp.close()


if __name__ == "__main__":
    main()

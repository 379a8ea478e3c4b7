# ---
# clause: section:interp-concurrency
# quote: Multiple threads can use the same interpreter or different ones.
# level: must
# features: threads
# description: several threads use one interpreter (threads started in it, and callers taking turns) and others use different interpreters at once
# ---
import threading
from concurrent import interpreters


def bump():
    import builtins
    builtins.tck_count = getattr(builtins, "tck_count", 0) + 1
    return builtins.tck_count


def where():
    from concurrent import interpreters
    return interpreters.get_current().id


def in_thread(fn, *args):
    """Runs fn(*args) in a new thread of the caller and returns its result (or raises its exception)."""
    result = []
    t = threading.Thread(target=lambda: result.append(_outcome(fn, *args)))
    t.start()
    t.join(60)
    assert result, "the thread did not finish within 60 s"
    ok, value = result[0]
    if not ok:
        raise value
    return value


def _outcome(fn, *args):
    try:
        return True, fn(*args)
    except BaseException as e:
        return False, e


def main():
    shared, other = interpreters.create(), interpreters.create()
    try:
        counts = [in_thread(shared.call, bump) for _ in range(3)]
        assert counts == [1, 2, 3], (f"three threads calling into one interpreter in turn saw counts {counts}; "
                                     "they must share that interpreter's state")
        shared.exec("import threading\n"
                    "from concurrent import interpreters as _i\n"
                    "_ids = []\n"
                    "_ts = [threading.Thread(target=lambda: _ids.append(_i.get_current().id)) for _ in range(3)]\n"
                    "for _t in _ts:\n"
                    "    _t.start()\n"
                    "for _t in _ts:\n"
                    "    _t.join()\n"
                    "_me = _i.get_current().id\n"
                    "assert _ids == [_me] * 3, f'threads started in interpreter {_me} ran in {_ids}'\n")
        got = {}
        threads = [threading.Thread(target=lambda i=i: got.__setitem__(i.id, i.call(where))) for i in (shared, other)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(60)
        assert got == {shared.id: shared.id, other.id: other.id}, (
            f"two threads each calling into their own interpreter reported {got}")
    finally:
        shared.close()
        other.close()


if __name__ == "__main__":
    main()

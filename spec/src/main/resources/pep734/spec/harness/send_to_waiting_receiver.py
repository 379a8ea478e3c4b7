# send_nowait() to a receiver that waits in recv() on another thread, for the channel generations (draft, 3.9).
import threading as _waiting_threading
import time as _waiting_time


def send_nowait_to_waiting_receiver(r, s, obj):
    """Starts a thread blocked in r.recv(), then calls s.send_nowait(obj); returns what send_nowait() returned.
    The receiver must be inside recv() by then. A thread cannot say that it is, and a loaded machine may start it
    late: each try gives it longer. Only False ("not received") can mean that the receiver was not waiting yet, so
    any other answer ends the tries at once; a send_nowait() that never reports True returns its last answer.
    Every try checks that the receiver got the object."""
    result = None
    for wait in (0.5, 1, 2, 4, 8):
        got = []
        t = _waiting_threading.Thread(target=lambda got=got: got.append(r.recv()))
        t.start()
        _waiting_time.sleep(wait)
        result = s.send_nowait(obj)
        t.join(10)
        assert got == [obj], f"the waiting receiver got {got!r}"
        if result is not False:
            break
    return result

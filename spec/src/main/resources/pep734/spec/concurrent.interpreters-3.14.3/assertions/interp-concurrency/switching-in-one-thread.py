# ---
# clause: section:interp-concurrency
# quote: You can take advantage of that concurrency model in a single thread, switching back and forth between interpreters, Stackless-style.
# level: must
# features: isolation, queues
# description: one thread switches back and forth between two interpreters; each keeps its own state and they pass a message along
# ---
import threading
from concurrent import interpreters


def main():
    threads_before = threading.active_count()
    tid = threading.get_native_id()
    a, b = interpreters.create(), interpreters.create()
    try:
        relay = interpreters.create_queue()
        for interp, step in ((a, "value + 1"), (b, "value * 2")):
            interp.prepare_main(relay=relay)
            interp.exec(f"log = []\ndef step(value):\n    return {step}\n")
        relay.put(0)
        for turn in range(3):
            for interp in (a, b):
                interp.exec(f"_v = relay.get_nowait()\nlog.append(({turn}, _v))\nrelay.put(step(_v))\n")
        got = relay.get_nowait()
        assert got == 14, f"0 passed through a (+1) and b (*2) three times each came back as {got!r}, expected 14"
        a.exec("assert log == [(0, 0), (1, 2), (2, 6)], f'interpreter a kept log {log!r}'\n")
        b.exec("assert log == [(0, 1), (1, 3), (2, 7)], f'interpreter b kept log {log!r}'\n")
        assert threading.get_native_id() == tid and threading.active_count() == threads_before, (
            "switching between interpreters started threads")
    finally:
        a.close()
        b.close()


if __name__ == "__main__":
    main()

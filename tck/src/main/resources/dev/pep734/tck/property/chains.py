# PEP 734 TCK property harness: queue action chains (dev.pep734.tck.property).
# The kit fills in CHAINS; the file runs as-is with `python FILE` (it is also the reproducer).
# Each chain gets a fresh queue; each action runs in main or in the subinterpreter of its slot, and prints
# "@@ <chain> <step> <outcome>|<qsize> <empty> <full>", which the kit compares with its model:
#   put  -> ok | full            get -> item <item> | empty | unbound | destroyed
#   close -> closed              calls with timeout=1 add " blocked" (took >= 0.9 s) or " prompt" (sooner)
# Modes: "nowait" (put_nowait/get_nowait), "timeout" (timeout=1), "block" (plain put/get, only where the
# kit's model says an item or a free slot is there).
# Python 3.12 syntax and stdlib only.
from concurrent import interpreters
from concurrent.interpreters import _queues

# Run in every interpreter that acts on the queue (bound there as q).
ACT = r'''
import time
from concurrent.interpreters import _queues


def _act(chain, step, op, item, mode):
    start = time.monotonic()
    try:
        if op == "put":
            if mode == "timeout":
                q.put(item, timeout=1)
            elif mode == "block":
                q.put(item)
            else:
                q.put_nowait(item)
            out = "ok"
        else:
            if mode == "timeout":
                got = q.get(timeout=1)
            elif mode == "block":
                got = q.get()
            else:
                got = q.get_nowait()
            if got is _queues.UNBOUND:
                out = "unbound"
            else:
                out = "item " + (got if type(got) is str else ascii(got))
    except _queues.QueueFull:
        out = "full"
    except _queues.QueueEmpty:
        out = "empty"
    except _queues.ItemInterpreterDestroyed:
        out = "destroyed"
    except Exception as e:
        out = "error " + type(e).__qualname__ + ": " + str(e)
    took = time.monotonic() - start
    if mode == "timeout":
        # One threshold: a call that waited out its timeout took a second; anything shorter was served
        # (on a loaded machine a served call may still take a while, so no tighter bound).
        out += " blocked" if took >= 0.9 else " prompt"
    _state(chain, step, out)


def _state(chain, step, out):
    print("@@", chain, step, out.replace("\n", " ") + "|%d %s %s" % (q.qsize(), q.empty(), q.full()), flush=True)
'''
exec(ACT)

#@CASES@


class Slots:
    """The subinterpreters of slots 1 and 2; a closed slot gets a fresh interpreter when it next acts."""

    def __init__(self):
        self.interps = {1: None, 2: None}
        self.queue = None

    def get(self, slot):
        if self.interps[slot] is None:
            interp = interpreters.create()
            interp.exec(ACT)
            if self.queue is not None:
                interp.prepare_main(q=self.queue)
            self.interps[slot] = interp
        return self.interps[slot]

    def bind(self, queue):
        self.queue = queue
        for interp in self.interps.values():
            if interp is not None:
                interp.prepare_main(q=queue)

    def close(self, slot):
        self.get(slot).close()
        self.interps[slot] = None

    def close_all(self):
        for slot, interp in self.interps.items():
            if interp is not None:
                interp.close()
                self.interps[slot] = None


def run_chain(slots, chain, maxsize, policy, actions):
    global q
    q = interpreters.create_queue(maxsize, unbounditems=getattr(_queues, policy))
    slots.bind(q)
    for step, (op, actor, item, mode) in enumerate(actions):
        if op == "close":
            slots.close(actor)
            _state(chain, step, "closed")
        elif actor == 0:
            _act(chain, step, op, item, mode)
        else:
            slots.get(actor).exec(f"_act({chain!r}, {step}, {op!r}, {item!r}, {mode!r})")


def main():
    slots = Slots()
    try:
        for chain, maxsize, policy, actions in CHAINS:
            run_chain(slots, chain, maxsize, policy, actions)
    finally:
        slots.close_all()


if __name__ == "__main__":
    main()

# ---
# clause: section:interp-tutorial-basics
# quote: Interpreters pretty much never share objects and very little data.
# level: must
# features: isolation, queues
# description: a mutable object sent to another interpreter arrives as a separate copy; changing it there leaves the sender's object alone
# ---
from concurrent import interpreters


def mutate(items):
    items.append("added in the interpreter")
    items[0]["k"] = "changed"
    return items


def main():
    interp = interpreters.create()
    q = interpreters.create_queue()
    back = interpreters.create_queue()
    try:
        original = [{"k": "v"}, 1]
        q.put(original)
        interp.prepare_main(q=q, back=back)
        interp.exec("items = q.get()\n"
                    "items.append('added in the interpreter')\n"
                    "items[0]['k'] = 'changed'\n"
                    "back.put(items)\n")
        returned = back.get(timeout=10)
        assert original == [{"k": "v"}, 1], f"the sender's list changed to {original!r}: the object was shared"
        assert returned == [{"k": "changed"}, 1, "added in the interpreter"], f"the interpreter's copy is {returned!r}"
        assert returned is not original
        # arguments of call() are copies too
        arg = [{"k": "v"}]
        result = interp.call(mutate, arg)
        assert arg == [{"k": "v"}], f"call() argument changed in the caller to {arg!r}: the object was shared"
        assert result == [{"k": "changed"}, "added in the interpreter"] and result is not arg
    finally:
        interp.close()


if __name__ == "__main__":
    main()

# ---
# clause: section:interp-object-sharing
# quote: However, from Python code the lack of thread-safety means objects can't actually be shared, with a few exceptions.
# quote: Instead, a copy must be created, which means mutable objects won't stay in sync.
# level: must
# features: queues, shareable
# description: a list, dict or bytearray passed to another interpreter (call or queue) arrives as a copy: changes on either side stay on that side
# ---
import copy
from concurrent import interpreters

CHANGE_IN_SUB = """
_v = q.get(timeout=10)
back.put(change(_v, 'sub'))
"""


def change(value, who):
    """Changes a list, dict or bytearray in place, differently for each side, and returns it."""
    if isinstance(value, list):
        value.append(f"changed in {who}")
    elif isinstance(value, dict):
        value[f"changed in {who}"] = True
    else:
        value[0 if who == "sub" else 1] = ord("Z")
    return value


def main():
    interp = interpreters.create()
    q, back = interpreters.create_queue(), interpreters.create_queue()
    try:
        interp.prepare_main(q=q, back=back)
        interp.exec("def change(value, who):\n"
                    "    if isinstance(value, list):\n"
                    "        value.append(f'changed in {who}')\n"
                    "    elif isinstance(value, dict):\n"
                    "        value[f'changed in {who}'] = True\n"
                    "    else:\n"
                    "        value[0 if who == 'sub' else 1] = ord('Z')\n"
                    "    return value\n")
        for original in ([1, [2]], {"k": [1]}, bytearray(b"abc")):
            kind = type(original).__name__
            expected = copy.deepcopy(original)
            returned = interp.call(change, original, "sub")
            assert original == expected, f"call() let the interpreter change the caller's {kind}: it is now {original!r}"
            assert returned != expected, f"the {kind} call() returned is {returned!r}; expected the interpreter's changed copy"
            q.put(original)
            interp.exec(CHANGE_IN_SUB)
            theirs = back.get(timeout=10)
            assert original == expected, f"a change made in the interpreter reached main's {kind}: {original!r}"
            assert theirs != expected, f"the interpreter's copy came back unchanged: {theirs!r}"
            change(original, "main")
            interp.exec("back.put(_v)\n")
            again = back.get(timeout=10)
            assert again == theirs, (f"main changed its {kind} and the interpreter's copy changed too: it is {again!r}, "
                                     f"was {theirs!r}")
    finally:
        interp.close()


if __name__ == "__main__":
    main()

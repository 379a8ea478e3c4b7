# ---
# clause: section:preparing-and-reusing-an-interpreter
# quote: In the same way, running code in an interpreter does not reset it.
# quote: The next time you run code in that interpreter, the __main__ module will be in exactly the state in which you left it:
# quote: You can take advantage of this to prepare an interpreter ahead of time or use it incrementally:
# level: must
# features: exec, state
# description: names, functions, imported modules and the very same objects survive from one exec() to the next
# ---
from concurrent import interpreters


def main():
    interp = interpreters.create()
    out = interpreters.create_queue()
    try:
        interp.prepare_main(out=out)
        interp.exec("import math as m\n"
                    "answer = 42\n"
                    "items = [1, 2]\n"
                    "def grow():\n"
                    "    items.append(len(items) + 1)\n"
                    "    return items\n"
                    "saved_id = id(items)\n")
        interp.exec("out.put((answer, m.__name__, grow(), id(items) == saved_id))")
        got = out.get(timeout=10)
        assert got == (42, "math", [1, 2, 3], True), f"state after the second exec(): {got!r}"
        interp.exec("out.put(grow())")
        assert out.get(timeout=10) == [1, 2, 3, 4], "the list was not kept (and mutated in place) across exec() calls"
        # values bound with prepare_main stay too
        interp.prepare_main(bound=7)
        interp.exec("pass")
        interp.exec("out.put(bound * answer)")
        assert out.get(timeout=10) == 294, "a prepare_main() name or an earlier name was lost"
    finally:
        interp.close()


if __name__ == "__main__":
    main()

# ---
# clause: section:running-code-in-an-interpreter
# quote: Running code in an interpreter is basically equivalent to running the buitlin exec using that interpreter:
# level: must
# features: exec
# description: exec() runs statements (imports, defs, classes, loops) like builtin exec, returns None, and does not run them in the caller
# ---
from concurrent import interpreters

SOURCE = """
import math
class Box:
    def __init__(self, v):
        self.v = v
def area(r):
    return math.pi * r * r
total = 0
for i in range(5):
    total += i
result = (Box(total).v, round(area(1.0), 5))
"""


def main():
    interp = interpreters.create()
    out = interpreters.create_queue()
    expected = {}
    exec(SOURCE, expected)          # what the builtin exec gives
    try:
        interp.prepare_main(out=out)
        got = interp.exec(SOURCE)
        assert got is None, f"exec() returned {got!r}, expected None"
        interp.exec("out.put(result)")
        result = out.get(timeout=10)
        assert result == expected["result"], f"the interpreter computed {result!r}, builtin exec {expected['result']!r}"
        assert "result" not in globals() and "Box" not in globals(), "the code ran in the caller's namespace"
    finally:
        interp.close()


if __name__ == "__main__":
    main()

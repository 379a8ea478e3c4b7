# ---
# clause: api:Interpreter
# quote: A single interpreter in the current process.
# level: should
# features: lifecycle
# description: an Interpreter hashes like its id, equals only the object for the same interpreter, never its bare id
# ---
from concurrent import interpreters


def main():
    a = interpreters.create()
    b = interpreters.create()
    try:
        assert hash(a) == hash(a.id), f"hash(interp) {hash(a)} differs from hash(interp.id) {hash(a.id)}"
        assert a == interpreters.Interpreter(a.id), "an Interpreter is not equal to Interpreter(its own id)"
        assert a != b, f"{a!r} compares equal to a different interpreter {b!r}"
        assert a != a.id, f"{a!r} compares equal to the bare int {a.id}; CPython compares by identity"
        seen = {a: "a", b: "b"}
        assert seen[interpreters.Interpreter(b.id)] == "b", "an Interpreter does not find itself in a dict"
    finally:
        a.close()
        b.close()


if __name__ == "__main__":
    main()

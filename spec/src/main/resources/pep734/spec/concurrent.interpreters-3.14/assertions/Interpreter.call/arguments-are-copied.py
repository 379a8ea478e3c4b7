# ---
# clause: api:Interpreter.call
# level: should
# features: shareable, isolation
# description: a mutable argument is copied: the sub mutating it changes neither main's object nor its identity
# ---
from concurrent import interpreters


def mutate(items):
    items.append("from sub")
    return items


def main():
    interp = interpreters.create()
    try:
        mine = [1, 2]
        got = interp.call(mutate, mine)
        assert mine == [1, 2], f"the sub's append reached main's list: {mine!r}; interpreters share no objects"
        assert got == [1, 2, "from sub"], f"the returned copy is {got!r}, expected [1, 2, 'from sub']"
        assert got is not mine, "call() returned main's own list object; it must be a copy"
    finally:
        interp.close()


if __name__ == "__main__":
    main()

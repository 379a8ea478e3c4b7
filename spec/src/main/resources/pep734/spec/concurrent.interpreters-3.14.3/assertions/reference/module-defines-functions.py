# ---
# clause: section:reference
# quote: This module defines the following functions:
# level: must
# description: list_all, get_current, get_main, create and create_queue are functions of the module that return what their entries say
# ---
from concurrent import interpreters

FUNCTIONS = ("list_all", "get_current", "get_main", "create", "create_queue")


def main():
    for name in FUNCTIONS:
        fn = getattr(interpreters, name, None)
        assert callable(fn) and not isinstance(fn, type), f"concurrent.interpreters.{name} is {fn!r}, not a function"
    interp = interpreters.create()
    try:
        assert type(interp) is interpreters.Interpreter, f"create() returned {interp!r}"
        q = interpreters.create_queue()
        assert isinstance(q, interpreters.Queue), f"create_queue() returned {q!r}"
        listed = interpreters.list_all()
        assert type(listed) is list and all(isinstance(i, interpreters.Interpreter) for i in listed), listed
        for name in ("get_current", "get_main"):
            got = getattr(interpreters, name)()
            assert isinstance(got, interpreters.Interpreter), f"{name}() returned {got!r}"
    finally:
        interp.close()


if __name__ == "__main__":
    main()

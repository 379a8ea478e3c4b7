# ---
# clause: api:Interpreter
# quote: The class implementing a subinterpreter object.
# level: must
# features: lifecycle
# description: get_current, get_main, create and list_all all return instances of this class; a created one is a subinterpreter, not main
# ---
from test.support import interpreters


def main():
    cls = interpreters.Interpreter
    interp = interpreters.create()
    try:
        for what, obj in (("create()", interp), ("get_current()", interpreters.get_current()),
                          ("get_main()", interpreters.get_main())):
            assert isinstance(obj, cls), f"{what} returned {type(obj).__name__}; expected Interpreter"
        assert all(isinstance(i, cls) for i in interpreters.list_all()), "list_all() holds non-Interpreter items"
        assert interp.id != interpreters.get_main().id, "create() returned the main interpreter"
    finally:
        interp.close()


if __name__ == "__main__":
    main()

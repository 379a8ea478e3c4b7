# ---
# clause: api:get_main
# quote: This is the interpreter the runtime created to run the REPL or the script given at the command-line.
# level: must
# features: lifecycle
# description: the script given at the command line runs in get_main(): it is current there, running, and not made by create()
# ---
import __main__
import sys
from concurrent import interpreters


def main():
    m = interpreters.get_main()
    assert __name__ == "__main__" and sys.modules["__main__"] is __main__, "this file does not run as __main__"
    assert interpreters.get_current().id == m.id, (
        f"the script given at the command line runs in interpreter {interpreters.get_current().id}; get_main() is {m.id}")
    assert m.is_running(), "get_main().is_running() is False while it runs this script"
    interp = interpreters.create()
    try:
        assert interp.id != m.id, "create() returned the main interpreter"
        interp.prepare_main(main_id=m.id)
        interp.exec("from concurrent import interpreters as _i\n"
                    "assert _i.get_main().id == main_id != _i.get_current().id, 'get_main() inside a sub is wrong'\n")
    finally:
        interp.close()


if __name__ == "__main__":
    main()

# ---
# clause: api:get_current
# quote: Return an Interpreter object for the currently running interpreter.
# level: must
# features: lifecycle
# description: a function run with call() sees the target interpreter as current, and main is current again afterwards
# ---
from concurrent import interpreters


def current_id():
    from concurrent import interpreters as inner
    return inner.get_current().id


def main():
    interp = interpreters.create()
    try:
        seen = interp.call(current_id)
        assert seen == interp.id, f"inside call() get_current().id is {seen}, expected {interp.id}"
        assert interpreters.get_current() is interpreters.get_main(), "after call() main is no longer current"
    finally:
        interp.close()


if __name__ == "__main__":
    main()

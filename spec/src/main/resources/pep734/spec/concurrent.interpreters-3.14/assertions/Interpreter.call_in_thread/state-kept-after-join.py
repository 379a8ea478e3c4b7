# ---
# clause: api:Interpreter.call_in_thread
# quote: Run the given function in the interpreter (in a new thread).
# level: should
# features: threads
# description: what the function leaves in the interpreter (a builtins attribute) is there for exec() after join()
# ---
from concurrent import interpreters


def remember(value):
    import builtins
    builtins.REMEMBERED = value


def main():
    interp = interpreters.create()
    try:
        t = interp.call_in_thread(remember, 41)
        t.join(30)
        assert not t.is_alive(), "the thread did not finish"
        interp.exec("import builtins\nassert builtins.REMEMBERED == 41, builtins.REMEMBERED\n")
        import builtins
        assert not hasattr(builtins, "REMEMBERED"), "the state leaked into the main interpreter"
    finally:
        interp.close()


if __name__ == "__main__":
    main()

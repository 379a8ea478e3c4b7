# ---
# clause: api:Interpreter.exec
# level: should
# description: exec() also runs a compiled code object, and a zero-argument function with the sub's __main__ as its globals
# ---
from concurrent import interpreters


def body():
    # the body runs with the sub's __main__ as its globals; plain assignments stay local to the call
    global from_function
    from_function = 2
    local_only = 3  # noqa: F841


def main():
    interp = interpreters.create()
    try:
        interp.exec(compile("from_code = 1", "<code>", "exec"))
        interp.exec(body)
        interp.exec("assert from_code == 1, from_code\n"
                    "assert from_function == 2, from_function\n"
                    "assert 'local_only' not in globals(), 'a local of the function leaked into __main__'\n")
    finally:
        interp.close()


if __name__ == "__main__":
    main()

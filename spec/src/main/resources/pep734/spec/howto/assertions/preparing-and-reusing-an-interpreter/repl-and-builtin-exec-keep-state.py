# ---
# clause: section:preparing-and-reusing-an-interpreter
# quote: When you use the Python REPL, it doesn't reset after each command.
# quote: Likewise, when you use the builtin exec, it doesn't reset the namespace it uses to run the code.
# level: should
# features: isolation
# description: inside an interpreter, the REPL (code.InteractiveConsole) and the builtin exec() with one namespace keep state between commands
# ---
from concurrent import interpreters


def main():
    interp = interpreters.create()
    try:
        interp.exec("import code\n"
                    "console = code.InteractiveConsole({})\n"
                    "console.push('x = 20')\n"
                    "console.push('y = x + 22')\n"
                    "assert console.locals['y'] == 42, console.locals\n"
                    "ns = {}\n"
                    "exec('a = 1', ns)\n"
                    "exec('b = a + 1', ns)\n"
                    "assert ns['b'] == 2, ns\n")
    finally:
        interp.close()


if __name__ == "__main__":
    main()

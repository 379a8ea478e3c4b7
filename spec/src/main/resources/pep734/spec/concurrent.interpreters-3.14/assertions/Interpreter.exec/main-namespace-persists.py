# ---
# clause: api:Interpreter.exec
# level: should
# description: names, imports and functions defined by one exec() are still there in the next exec() on the same interpreter
# ---
from concurrent import interpreters


def main():
    interp = interpreters.create()
    try:
        interp.exec("counter = 1\nimport json\ndef bump():\n    global counter\n    counter += 1\n")
        interp.exec("bump()\nbump()\n")
        interp.exec(
            "assert counter == 3, f'counter is {counter!r}, expected 3: __main__ did not persist between exec() calls'\n"
            "assert json.dumps([1]) == '[1]'\n")
    finally:
        interp.close()


if __name__ == "__main__":
    main()

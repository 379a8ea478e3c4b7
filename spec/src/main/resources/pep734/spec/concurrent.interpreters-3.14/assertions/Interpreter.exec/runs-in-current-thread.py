# ---
# clause: api:Interpreter.exec
# quote: Run the given source code in the interpreter (in the current thread).
# level: must
# features: threads
# description: exec() runs synchronously on the caller's OS thread and its effects are complete when it returns
# ---
import threading
from concurrent import interpreters


def main():
    interp = interpreters.create()
    try:
        buf = bytearray(16)
        interp.prepare_main(out=memoryview(buf), caller_tid=threading.get_native_id())
        interp.exec(
            "import threading, time\n"
            "_tid = threading.get_native_id()\n"
            "assert _tid == caller_tid, f'exec ran on OS thread {_tid}, the caller is {caller_tid}'\n"
            "time.sleep(0.2)\n"
            "out[:4] = b'done'\n")
        assert bytes(buf[:4]) == b"done", (
            f"exec() returned before the code finished (buffer is {bytes(buf[:4])!r}); it must run synchronously")
        interp.exec("del out\n")
    finally:
        interp.close()


if __name__ == "__main__":
    main()

# ---
# clause: section:multiple-interpreters-howto
# quote: Multiple interpreters in the same process provide conceptual isolation like processes but more efficiently, like threads.
# quote: In fact, you can think of them like threads with opt-in sharing.
# level: must
# features: isolation, shareable
# description: a subinterpreter runs in the same OS process; memory is shared only when opted in (a memoryview), while a bound list is refused
# ---
import os
from concurrent import interpreters


def main():
    interp = interpreters.create()
    out = interpreters.create_queue()
    try:
        interp.prepare_main(out=out)
        interp.exec("import os\nout.put(os.getpid())")
        pid = out.get(timeout=10)
        assert pid == os.getpid(), f"the interpreter runs in process {pid}, the caller in {os.getpid()}: not the same process"

        # opt-in sharing: a memoryview of a buffer is the same memory in both interpreters
        buf = bytearray(8)
        interp.prepare_main(view=memoryview(buf))
        interp.exec("view[0] = 7\nview[7] = 9")
        assert buf[0] == 7 and buf[7] == 9, f"writes through the shared view are not visible in the caller: {bytes(buf)!r}"
        buf[3] = 5
        interp.exec("out.put(view[3])")
        assert out.get(timeout=10) == 5, "the caller's write is not visible through the interpreter's view"
        interp.exec("del view")
    finally:
        interp.close()


if __name__ == "__main__":
    main()

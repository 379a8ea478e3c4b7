# ---
# clause: api:Interpreter.prepare_main
# level: should
# features: shareable
# description: a memoryview bound with prepare_main shares memory: writes in the sub are seen in main and back
# ---
from concurrent import interpreters


def main():
    buf = bytearray(b"abcd")
    interp = interpreters.create()
    try:
        interp.prepare_main(view=memoryview(buf))
        interp.exec("view[0] = ord('Z')\n")
        assert bytes(buf) == b"Zbcd", (
            f"the sub wrote 'Z' into the shared memoryview, main's buffer is {bytes(buf)!r}; "
            "a memoryview must share the buffer, not copy it")
        buf[3] = ord("!")
        interp.exec("assert bytes(view) == b'Zbc!', f'the sub sees {bytes(view)!r} after main wrote, expected Zbc!'\n")
        interp.exec("del view\n")
    finally:
        interp.close()


if __name__ == "__main__":
    main()

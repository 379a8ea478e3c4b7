# ---
# clause: section:interp-shareable-objects
# quote: the underlying data of the object is actually shared (e.g. memoryview)
# level: must
# features: shareable
# description: a memoryview of main's bytearray bound with prepare_main sees main's later writes, and the subinterpreter's writes land in main's bytearray
# ---
import interpreters


def main():
    data = bytearray(b"hello")
    interp = interpreters.create()
    try:
        interp.prepare_main(view=memoryview(data))
        data[0] = ord("J")
        try:
            interp.exec("assert bytes(view) == b'Jello', bytes(view)\nview[4] = ord('y')\n")
        except interpreters.ExecutionFailed as e:
            raise AssertionError(f"the subinterpreter's memoryview does not show main's write: {e}")
        assert data == bytearray(b"Jelly"), f"the subinterpreter's write did not reach main's buffer: {data!r}"
    finally:
        interp.close()


if __name__ == "__main__":
    main()

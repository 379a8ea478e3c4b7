# ---
# clause: section:interp-object-sharing
# quote: There is a small number of Python types that actually share mutable data between interpreters:
# level: must
# features: shareable
# description: a memoryview bound with prepare_main or passed to call() is a view of the caller's memory: writes on either side are seen by the other
# ---
from concurrent import interpreters


def write_at(view, index, value):
    view[index] = value
    return bytes(view)


def main():
    data = bytearray(b"abcdef")
    interp = interpreters.create()
    try:
        interp.prepare_main(view=memoryview(data))
        interp.exec("assert bytes(view) == b'abcdef', bytes(view)\nview[0] = ord('Z')\n")
        assert data[0] == ord("Z"), f"a write through the view bound by prepare_main() is not in main's memory: {data!r}"
        data[1] = ord("Y")
        interp.exec("assert view[1] == ord('Y'), f'main wrote Y at 1; the interpreter reads {bytes(view)!r}'\n")
        seen = interp.call(write_at, memoryview(data), 2, ord("X"))
        assert data[2] == ord("X"), f"a write through a view passed to call() is not in main's memory: {data!r}"
        assert seen == b"ZYXdef", f"the function saw {seen!r} through the view; main's memory is {bytes(data)!r}"
        interp.exec("view.release()\n")
    finally:
        interp.close()


if __name__ == "__main__":
    main()

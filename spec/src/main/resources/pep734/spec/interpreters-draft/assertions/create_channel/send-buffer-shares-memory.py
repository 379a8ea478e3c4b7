# ---
# clause: api:create_channel
# level: must
# features: channels, shareable
# description: send_buffer() hands over the buffer itself: the subinterpreter receives a memoryview of main's bytearray, and writes go both ways
# ---
import interpreters


def main():
    data = bytearray(b"abcdef")
    r, s = interpreters.create_channel()
    r_back, s_back = interpreters.create_channel()
    interp = interpreters.create()
    try:
        interp.prepare_main(inbox=r, back=s_back)
        s.send_buffer_nowait(data)
        interp.exec("view = inbox.recv()\n"
                    "assert isinstance(view, memoryview), type(view)\n"
                    "assert bytes(view) == b'abcdef', bytes(view)\n"
                    "view[0] = ord('Z')\n"
                    "back.send_nowait('written')\n")
        assert r_back.recv_nowait(None) == "written"
        assert data == bytearray(b"Zbcdef"), f"the subinterpreter's write is not in main's buffer: {data!r}"
        data[5] = ord("Q")
        interp.exec("back.send_nowait(bytes(view))\n")
        got = r_back.recv_nowait(None)
        assert got == b"ZbcdeQ", f"main's write is not seen by the subinterpreter: {got!r}"
    except interpreters.ExecutionFailed as e:
        raise AssertionError(f"the received buffer is wrong in the subinterpreter: {e}")
    finally:
        interp.close()


if __name__ == "__main__":
    main()

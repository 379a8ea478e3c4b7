# ---
# clause: api:create_channel
# level: must
# features: channels, lifecycle
# description: after main closes the receive end, a subinterpreter's send_nowait raises ChannelClosedError and it sees is_closed
# ---
import interpreters
import interpreters.channels as channels


def main():
    r, s = interpreters.create_channel()
    interp = interpreters.create()
    try:
        interp.prepare_main(ch=s)
        r.close()
        assert r.is_closed, "the closed receive end does not say so"
        try:
            interp.exec("import interpreters.channels as channels\n"
                        "assert ch.is_closed, 'is_closed is False'\n"
                        "try:\n"
                        "    ch.send_nowait(b'x')\n"
                        "except channels.ChannelClosedError:\n"
                        "    pass\n"
                        "else:\n"
                        "    raise AssertionError('send_nowait into a closed channel returned')\n")
        except interpreters.ExecutionFailed as e:
            raise AssertionError(f"the subinterpreter did not see the channel closed: {e}")
    finally:
        interp.close()


if __name__ == "__main__":
    main()

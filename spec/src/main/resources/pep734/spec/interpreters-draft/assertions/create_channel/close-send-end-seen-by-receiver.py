# ---
# clause: api:create_channel
# level: must
# features: channels, lifecycle
# description: after a subinterpreter closes the send end, main still receives what was sent, then is_closed is True and recv_nowait raises ChannelClosedError
# ---
import interpreters
import interpreters.channels as channels


def main():
    r, s = interpreters.create_channel()
    interp = interpreters.create()
    try:
        interp.prepare_main(ch=s)
        interp.exec("ch.send_nowait('last words')\nch.close()\nassert ch.is_closed\n")
        assert s.is_closed, "main's send end does not show the close made in the subinterpreter"
        got = r.recv_nowait(None)
        assert got == "last words", f"the object sent before close() was received as {got!r}"
        assert r.is_closed, "the receive end is not closed once the closed channel is drained"
        try:
            r.recv_nowait()
        except channels.ChannelClosedError:
            pass
        else:
            raise AssertionError("recv_nowait() on a closed channel did not raise ChannelClosedError")
        try:
            s.send_nowait("more")
        except channels.ChannelClosedError:
            pass
        else:
            raise AssertionError("send_nowait() on a closed channel did not raise ChannelClosedError")
    except interpreters.ExecutionFailed as e:
        raise AssertionError(f"closing in the subinterpreter failed: {e}")
    finally:
        interp.close()


if __name__ == "__main__":
    main()

package dev.pep734.reference.runtime;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** {@code test.support.interpreters} of Python 3.9 (profile test.support.interpreters-3.9). */
class Support39GenerationTest {
    @TestFactory
    Stream<DynamicTest> support39() {
        return ScriptChecks.run(ApiGeneration.SUPPORT_39, """
                import threading, time
                from test.support import interpreters as I

                def raises(exc, fn, *args):
                    try:
                        fn(*args)
                    except exc as e:
                        return e
                    raise AssertionError(f'{fn} did not raise {exc.__name__}')

                @check
                def interpreters_and_run():
                    main = I.get_main()
                    assert main == I.get_current() and main.id == 0 and repr(main) == 'Interpreter(id=0)'
                    interp = I.create(isolated=True)
                    assert interp in I.list_all() and not interp.is_running()
                    interp.run('import test.support.interpreters as I; me = I.get_current().id')
                    e = raises(I.RunFailedError, interp.run, 'raise ValueError("bad")')
                    assert isinstance(e, RuntimeError) and str(e) == 'ValueError: bad', str(e)
                    interp.close()
                    assert interp not in I.list_all()

                @check
                def runtime_errors():
                    interp = I.create()
                    e = raises(I.RunFailedError, interp.run, 'import test.support.interpreters as I; I.get_current().close()')
                    assert 'RuntimeError' in str(e), str(e)
                    raises(RuntimeError, I.get_main().close)
                    raises(RuntimeError, I.get_main().run, 'pass')
                    interp.close()
                    raises(RuntimeError, interp.close)
                    raises(RuntimeError, interp.run, 'pass')

                @check
                def run_with_channels_pair_and_dict():
                    r, s = I.create_channel()
                    back_r, back_s = I.create_channel()
                    interp = I.create()
                    interp.run('r, s = channels; s.send_nowait("hello")', channels=(r, s))
                    assert r.recv() == 'hello'
                    s.send_nowait(20)
                    interp.run('back.send_nowait(inbox.recv() + 1)', channels={'inbox': r, 'back': back_s})
                    assert back_r.recv_nowait() == 21
                    interp.close()

                @check
                def send_waits_for_the_receiver():
                    r, s = I.create_channel()
                    interp = I.create()
                    done = []
                    t = threading.Thread(target=lambda: (s.send(b'x'), done.append(True)))
                    t.start()
                    time.sleep(0.5)
                    assert not done
                    interp.run('assert channels[0].recv() == b"x"', channels=(r, s))
                    t.join(10)
                    assert done == [True]
                    assert s.send_nowait(1) is False and r.recv_nowait() == 1
                    interp.close()

                @check
                def channel_errors():
                    r, s = I.create_channel()
                    assert (r, s) in I.list_all_channels()
                    raises(I.ChannelEmptyError, r.recv_nowait)
                    assert r.recv_nowait(7) == 7
                    for name in ('ChannelNotFoundError', 'ChannelEmptyError', 'ChannelNotEmptyError', 'NotReceivedError'):
                        assert issubclass(getattr(I, name), I.ChannelError)
                    assert issubclass(I.ChannelError, Exception) and issubclass(I.RunFailedError, RuntimeError)
                    # An unknown channel is reported at first use, not when its end is made (as in 3.9).
                    missing_r, missing_s = I.RecvChannel(10**6), I.SendChannel(10**6)
                    raises(I.ChannelNotFoundError, missing_r.recv_nowait)
                    raises(I.ChannelNotFoundError, missing_s.send_nowait, 1)
                    s.send_nowait(1)
                    raises(I.ChannelNotEmptyError, r.close)
                    assert r.recv_nowait() == 1
                    r.close()
                    raises(I.NotReceivedError, s.send_nowait, 2)
                    assert (r, s) not in I.list_all_channels()
                    import _interpchannels
                    r2, s2 = I.create_channel()
                    _interpchannels.destroy(r2.id)
                    raises(I.ChannelNotFoundError, r2.recv_nowait)

                @check
                def shareable():
                    r, s = I.create_channel()
                    for obj in (None, 1, 'x', b'y', (1, 'a'), r, s):
                        assert I.is_shareable(obj), obj
                    for obj in ([], {}, object()):
                        assert not I.is_shareable(obj), obj
                """);
    }
}

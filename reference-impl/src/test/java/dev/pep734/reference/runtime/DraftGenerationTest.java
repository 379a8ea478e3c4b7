package dev.pep734.reference.runtime;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The draft {@code interpreters} package (profile interpreters-draft): dedenting exec, queues, real channels. */
class DraftGenerationTest {
    @TestFactory
    Stream<DynamicTest> draft() {
        return ScriptChecks.run(ApiGeneration.DRAFT, """
                import threading, time
                import interpreters
                import interpreters.channels as C
                import interpreters.queues as Q

                @check
                def surface():
                    assert interpreters.get_main().id == 0 and interpreters.get_current().whence == 'runtime init'
                    assert issubclass(interpreters.ExecutionFailed, interpreters.InterpreterError)
                    assert issubclass(interpreters.NotShareableError, Exception)
                    assert issubclass(C.RecvChannel, C.Channel) and issubclass(C.SendChannel, C.Channel)
                    r, s = interpreters.create_channel()
                    assert interpreters.is_shareable(r) and interpreters.is_shareable(s)
                    assert repr(r) == f'RecvChannel(id={int(r.id)})' and s.unbounditems is C.UNBOUND
                    q = interpreters.create_queue()
                    assert isinstance(q, Q.Queue) and interpreters.is_shareable(q)

                @check
                def is_shareable_is_true_exactly_when_prepare_main_accepts():
                    import inspect
                    assert str(inspect.signature(interpreters.is_shareable)) == '(obj)'
                    interp = interpreters.create()
                    for obj in ((1, [2]), (1, (2, 'x')), ((),), 2**100, -2**63, 2**63, [], None):
                        try:
                            interp.prepare_main(obj=obj)
                            accepted = True
                        except interpreters.NotShareableError:
                            accepted = False
                        assert interpreters.is_shareable(obj) is accepted, (obj, accepted)
                    interp.close()

                @check
                def exec_dedents_by_default():
                    interp = interpreters.create()
                    interp.exec('''
                        x = 40
                        y = x + 2
                        ''')
                    try:
                        interp.exec('    z = 1', dedent=False)
                    except IndentationError:
                        pass
                    else:
                        raise AssertionError('dedent=False ran indented code')
                    r, s = C.create()
                    interp.prepare_main(s=s)
                    interp.exec('s.send_nowait(y)')
                    assert r.recv_nowait() == 42
                    interp.close()

                @check
                def howto_channel_examples():
                    rch, sch = C.create()
                    interp = interpreters.create()
                    interp.prepare_main(rch=rch)
                    assert sch.send_nowait('spam!') is False
                    interp.exec('''
                        msg = rch.recv()
                        assert msg == 'spam!', msg
                        ''')
                    data = bytearray(100)
                    assert sch.send_buffer_nowait(data) is False
                    interp.exec('''
                        data = rch.recv()
                        for i in range(len(data)):
                            data[i] = i
                        ''')
                    assert len(data) == 100 and all(data[i] == i for i in range(100)), list(data[:5])
                    interp.close()

                @check
                def send_blocks_until_received_by_another_interpreter():
                    r, s = C.create()
                    interp = interpreters.create()
                    interp.prepare_main(r=r)
                    done = []
                    t = threading.Thread(target=lambda: (s.send('x'), done.append(time.monotonic())))
                    t.start()
                    time.sleep(0.5)
                    assert not done, 'send returned before anyone received'
                    received_at = time.monotonic()
                    interp.exec('got = r.recv(); assert got == "x"')
                    t.join(10)
                    assert done and done[0] >= received_at
                    interp.close()

                @check
                def send_nowait_true_when_a_receiver_waits():
                    r, s = C.create()
                    # The receiver must be inside recv() first; a loaded machine may start it late, so each try
                    # gives it longer (a send_nowait that never says True fails every try).
                    for wait in (0.5, 1, 2, 4, 8):
                        out = []
                        waiter = threading.Thread(target=lambda out=out: out.append(r.recv(timeout=30)))
                        waiter.start()
                        time.sleep(wait)
                        received = s.send_nowait(1)
                        waiter.join(30)
                        assert out == [1], out
                        if received is True:
                            break
                    assert received is True, received

                @check
                def several_senders_keep_their_order():
                    r, s = C.create()
                    subs = [interpreters.create() for _ in range(2)]
                    threads = []
                    for n, sub in enumerate(subs):
                        sub.prepare_main(s=s, n=n)
                        threads.append(threading.Thread(target=sub.exec, args=('for i in range(50): s.send_nowait((n, i))',)))
                    for t in threads:
                        t.start()
                    for t in threads:
                        t.join()
                    got = [r.recv(timeout=5) for _ in range(100)]
                    for n in range(2):
                        assert [i for m, i in got if m == n] == list(range(50))
                    for sub in subs:
                        sub.close()

                @check
                def closing_is_seen_by_the_other_side():
                    r, s = C.create()
                    s.send_nowait(1)
                    try:
                        r.close()
                    except C.ChannelNotEmptyError:
                        pass
                    else:
                        raise AssertionError('closed with an item waiting')
                    s.close()
                    assert s.is_closed and not r.is_closed
                    try:
                        s.send_nowait(2)
                    except C.ChannelClosedError:
                        pass
                    else:
                        raise AssertionError('sent on a closed channel')
                    assert r.recv_nowait() == 1
                    assert r.is_closed
                    try:
                        r.recv_nowait()
                    except C.ChannelClosedError:
                        pass
                    else:
                        raise AssertionError('received from a closed channel')

                @check
                def empty_timeout_and_not_found():
                    r, s = C.create()
                    assert r.recv_nowait(None) is None
                    try:
                        r.recv_nowait()
                    except C.ChannelEmptyError as e:
                        assert str(e) == f'channel {int(r.id)} is empty'
                    else:
                        raise AssertionError('no ChannelEmptyError')
                    try:
                        s.send('x', timeout=1)
                    except TimeoutError:
                        pass
                    else:
                        raise AssertionError('no TimeoutError')
                    assert r.recv_nowait('none') == 'none', 'a timed-out send is withdrawn'
                    import _interpchannels
                    _interpchannels.destroy(r.id)
                    try:
                        r.recv_nowait()
                    except C.ChannelNotFoundError:
                        pass
                    else:
                        raise AssertionError('no ChannelNotFoundError')

                @check
                def unbound_items():
                    keep_r, keep_s = C.create(unbounditems=C.UNBOUND_ERROR)
                    keep_s.send_nowait(0)
                    assert keep_r.recv_nowait() == 0
                    sub = interpreters.create()
                    sub.prepare_main(s=keep_s)
                    sub.exec('s.send_nowait(1); s.send_nowait(2)')
                    sub.close()
                    try:
                        keep_r.recv_nowait()
                    except C.ItemInterpreterDestroyed:
                        pass
                    else:
                        raise AssertionError('no ItemInterpreterDestroyed')
                    r, s = C.create()
                    s.send_nowait(0)
                    assert r.recv_nowait() == 0
                    sub = interpreters.create()
                    sub.prepare_main(s=s)
                    sub.exec('import interpreters.channels as C; s.send_nowait(1); s.send_nowait(2, unbounditems=C.UNBOUND_REMOVE)')
                    sub.close()
                    assert r.recv_nowait() is C.UNBOUND and r.recv_nowait('empty') == 'empty'

                @check
                def ends_cross_queues_as_the_same_end():
                    r, s = C.create()
                    q = interpreters.create_queue()
                    q.put(s)
                    got = q.get()
                    assert type(got) is C.SendChannel and got == s and got.id == s.id
                    interp = interpreters.create()
                    interp.prepare_main(q=q)
                    q.put(r)
                    interp.exec('import interpreters.channels as C; r = q.get(); assert type(r) is C.RecvChannel')
                    interp.close()
                """);
    }
}

package dev.pep734.reference.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Interpreters that marshal the same code at once all get the same, loadable bytes ({@link MarshalGuard}); and the
 * guarded {@code marshal} still behaves as the module does.
 */
class MarshalGuardTest {
    private static final String SCRIPT = """
            import marshal, threading
            from concurrent import interpreters as I
            # One source for every interpreter: on a shared Engine their code shares GraalPy's compiled form.
            body = ''.join(f'    x{i} = [j * {i} for j in range(3) if j % 2]\\n    for k in x{i}:\\n        y = k + {i}\\n'
                           for i in range(60))
            source = 'import marshal\\ndef f():\\n' + body + '    return 1\\n' \\
                     'expected = marshal.dumps(f.__code__)\\n'
            subs = [I.create() for _ in range(4)]
            for sub in subs:
                sub.exec(source)
            check = ('for _ in range(25):\\n'
                     '    got = marshal.dumps(f.__code__)\\n'
                     '    assert got == expected, "marshal gave other bytes"\\n'
                     '    assert marshal.loads(got).co_name == "f"\\n')
            errors = []
            def hammer(sub):
                try:
                    sub.exec(check)
                except Exception as e:
                    errors.append(repr(e))
            threads = [threading.Thread(target=hammer, args=(sub,)) for sub in subs]
            for t in threads: t.start()
            for t in threads: t.join()
            assert not errors, errors
            assert len({sub.call(eval, 'expected') for sub in subs}) == 1
            # Still the module's functions to its users:
            import io
            assert marshal.loads(marshal.dumps((1, 'a', b'b'))) == (1, 'a', b'b')
            assert marshal.dumps(7, 2) == marshal.dumps(7, 2)
            buffer = io.BytesIO(); marshal.dump([1, 2], buffer); assert marshal.loads(buffer.getvalue()) == [1, 2]
            try:
                marshal.dumps(object())
            except ValueError:
                pass
            else:
                raise AssertionError('an unmarshallable object was accepted')
            assert marshal.dumps.__name__ == 'dumps' and marshal.dumps.__module__ == 'marshal'
            # The guard as SandboxTricks reaches it (its marshal_guard tricks would be empty otherwise):
            guard = marshal.dumps.__closure__[0].cell_contents
            assert guard.dumps((1, 'a'), 4) == marshal.dumps((1, 'a'), 4)
            print('ok')
            """;

    @Test
    void interpretersMarshallingTheSameCodeAtOnceGetTheSameBytes() {
        assertEquals("ok", FreshRuntime.stdoutOf(SCRIPT));
    }
}

package dev.pep734.tck.process;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * One realistic way to break {@code concurrent.interpreters}, as Python code that a {@code sitecustomize.py}
 * runs at start-up (in the main interpreter and in every subinterpreter), and a tiny script that catches it.
 *
 * <p>Patches keep the public signatures ({@code functools.wraps}, through the {@code _patch} helper of
 * {@link #sitecustomize()}), so only behaviour changes: a TCK that only checks names and signatures would
 * not notice.
 */
enum Mutant {

    NOT_SHAREABLE_IS_VALUE_ERROR("sharing failures raise ValueError instead of NotShareableError", """
            for _owner, _names in ((interpreters.Interpreter, ("prepare_main", "call", "call_in_thread")),
                                   (_queues.Queue, ("put",))):
                _raise_instead(interpreters.NotShareableError, lambda e: ValueError(str(e)), _owner, *_names)
            """, Detectors.LIST_REFUSED_BY_PREPARE_MAIN),

    QUEUE_LIFO("Queue.get returns the newest item first", """
            @_patch(_queues.Queue, "get")
            def _get(get, self, *args, **kwargs):
                items = []
                while True:
                    try:
                        items.append(self.get_nowait())
                    except _queues.QueueEmpty:
                        break
                if not items:
                    return get(self, *args, **kwargs)
                for item in items[:-1]:
                    self.put_nowait(item)
                return items[-1]
            """, """
            q = interpreters.create_queue()
            q.put(1)
            q.put(2)
            assert q.get() == 1, "not FIFO"
            """),

    QUEUE_DROPS_EVERY_THIRD("Queue.put silently drops every third item", """
            _count = {}
            @_patch(_queues.Queue, "put")
            def _put(put, self, *args, **kwargs):
                _count[self.id] = _count.get(self.id, 0) + 1
                if _count[self.id] % 3 == 0:
                    return None
                return put(self, *args, **kwargs)
            """, """
            q = interpreters.create_queue()
            for i in range(6):
                q.put(i)
            assert [q.get() for _ in range(q.qsize())] == list(range(6)), "items lost"
            """),

    PREPARE_MAIN_CHANGES_VALUES("prepare_main binds changed copies (ints + 1)", """
            def _bump(value):
                return value + 1 if type(value) is int else value
            @_patch(interpreters.Interpreter, "prepare_main")
            def _prepare_main(prepare_main, self, ns=None, /, **kwargs):
                ns = None if ns is None else {k: _bump(v) for k, v in dict(ns).items()}
                return prepare_main(self, ns, **{k: _bump(v) for k, v in kwargs.items()})
            """, """
            interp = interpreters.create()
            interp.prepare_main(x=41)
            interp.exec("assert x == 41, x")
            interp.close()
            """),

    CLOSE_DOES_NOTHING("Interpreter.close() does nothing", """
            @_patch(interpreters.Interpreter, "close")
            def _close(close, self):
                return None
            """, """
            interp = interpreters.create()
            interp.close()
            assert interp.id not in [i.id for i in interpreters.list_all()], "still listed after close()"
            """),

    IS_RUNNING_ALWAYS_FALSE("Interpreter.is_running() is always False", """
            @_patch(interpreters.Interpreter, "is_running")
            def _is_running(is_running, self):
                return False
            """, """
            assert interpreters.get_main().is_running(), "main is not running while it runs this"
            """),

    GET_CURRENT_RETURNS_MAIN("get_current() returns the main interpreter everywhere", """
            @_patch(interpreters, "get_current")
            def _get_current(get_current):
                return interpreters.get_main()
            """, """
            interp = interpreters.create()
            interp.exec("from concurrent import interpreters as m; assert m.get_current().id != 0")
            interp.close()
            """),

    EXECUTION_FAILED_IS_RUNTIME_ERROR("ExecutionFailed is replaced by RuntimeError", """
            _raise_instead(interpreters.ExecutionFailed, lambda e: RuntimeError(str(e)),
                           interpreters.Interpreter, "exec", "call")
            interpreters.ExecutionFailed = RuntimeError
            """, """
            interp = interpreters.create()
            try:
                interp.exec("raise ValueError('x')")
            except interpreters.ExecutionFailed as e:
                assert issubclass(interpreters.ExecutionFailed, interpreters.InterpreterError), "wrong base"
                assert e.excinfo.type.__name__ == "ValueError", e.excinfo
            interp.close()
            """),

    GET_TIMEOUT_IGNORED("a blocking get(timeout=1) gives up at once", """
            @_patch(_queues.Queue, "get")
            def _get(get, self, block=True, timeout=None, **kwargs):
                if block and timeout is not None:
                    return self.get_nowait()
                return get(self, block, timeout, **kwargs)
            """, """
            import time
            q = interpreters.create_queue()
            start = time.monotonic()
            try:
                q.get(timeout=1)
            except interpreters.QueueEmpty:
                pass
            waited = time.monotonic() - start
            assert waited >= 0.9, "get(timeout=1) gave up after %.3f s" % waited
            """),

    IS_SHAREABLE_ACCEPTS_LISTS("is_shareable() says True for lists", """
            @_patch(interpreters, "is_shareable")
            def _is_shareable(is_shareable, obj):
                return True if type(obj) is list else is_shareable(obj)
            """, """
            assert not interpreters.is_shareable([]), "a list is not shareable"
            """),

    ROUND_TRIP_LOSES_NEGATIVE_ZERO("prepare_main, queues and call turn -0.0 into 0.0", """
            _change_sent(lambda value: 0.0 if type(value) is float and value == 0.0 else value)
            """, """
            import math
            q = interpreters.create_queue()
            q.put_nowait(-0.0)
            assert math.copysign(1.0, q.get_nowait()) == -1.0, "-0.0 lost its sign"
            """),

    QUEUE_DROPS_UNDER_CONTENTION("Queue.put drops an item when another thread of the interpreter is putting", """
            import threading as _threading
            import time as _time
            _lock = _threading.Lock()
            _busy = [0]
            @_patch(_queues.Queue, "put")
            def _put(put, self, *args, **kwargs):
                with _lock:
                    _busy[0] += 1
                    contended = _busy[0] > 1
                try:
                    if contended:
                        return None
                    _time.sleep(0.002)  # a slow path: the window in which a second putter is lost
                    return put(self, *args, **kwargs)
                finally:
                    with _lock:
                        _busy[0] -= 1
            """, """
            import threading
            q = interpreters.create_queue()
            start = threading.Barrier(2)
            def produce(tag):
                start.wait()
                for i in range(20):
                    q.put((tag, i))
            threads = [threading.Thread(target=produce, args=(t,)) for t in "ab"]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            assert q.qsize() == 40, "items lost: %d of 40 arrived" % q.qsize()
            """),
    PREPARE_MAIN_PICKLES_UNSHAREABLE("prepare_main pickles objects that are not shareable instead of refusing them", """
            import pickle as _pickle
            @_patch(interpreters.Interpreter, "prepare_main")
            def _prepare_main(prepare_main, self, ns=None, /, **kwargs):
                ns = dict(ns or {}, **kwargs)
                plain = {k: v for k, v in ns.items() if interpreters.is_shareable(v)}
                pickled = {k: _pickle.dumps(v) for k, v in ns.items() if k not in plain}
                prepare_main(self, plain, _pickled_=_pickle.dumps(pickled))
                self.exec("import pickle as _p\\nglobals().update({k: _p.loads(v) for k, v in "
                          "_p.loads(_pickled_).items()})\\ndel _pickled_, _p\\n")
            """, Detectors.LIST_REFUSED_BY_PREPARE_MAIN),

    MEMORYVIEW_COPIED("a memoryview sent to another interpreter arrives as a read-only copy", """
            def _copy_views(value):
                return memoryview(bytes(value)) if isinstance(value, memoryview) else value
            @_patch(interpreters.Interpreter, "prepare_main")
            def _prepare_main(prepare_main, self, ns=None, /, **kwargs):
                ns = {k: _copy_views(v) for k, v in dict(ns or {}, **kwargs).items()}
                return prepare_main(self, ns)
            @_patch(_queues.Queue, "put")
            def _put(put, self, obj, *args, **kwargs):
                return put(self, _copy_views(obj), *args, **kwargs)
            """, """
            data = bytearray(b"ab")
            interp = interpreters.create()
            interp.prepare_main(m=memoryview(data))
            try:
                interp.exec("m[0] = ord('Z')")
            except interpreters.ExecutionFailed as e:
                raise AssertionError("the view is read-only: " + e.excinfo.formatted)
            assert data[0] == ord("Z"), "the sub's write is not visible"
            interp.close()
            """),

    SECOND_CLOSE_SILENT("a second close() returns silently instead of raising InterpreterNotFoundError", """
            @_patch(interpreters.Interpreter, "close")
            def _close(close, self):
                try:
                    return close(self)
                except interpreters.InterpreterNotFoundError:
                    return None
            """, """
            interp = interpreters.create()
            interp.close()
            try:
                interp.close()
            except interpreters.InterpreterNotFoundError:
                pass
            else:
                raise AssertionError("closing a closed interpreter succeeded")
            """),

    UNBOUND_ITEMS_REMOVED("by default, items of a closed interpreter vanish (UNBOUND_REMOVE instead of UNBOUND)", """
            _default_unbounditems(_queues.UNBOUND_REMOVE)
            """, Detectors.ITEM_OF_CLOSED_INTERPRETER_KEPT),

    UNBOUND_ITEMS_RAISE("by default, getting an item of a closed interpreter raises (UNBOUND_ERROR instead of UNBOUND)", """
            _default_unbounditems(_queues.UNBOUND_ERROR)
            """, Detectors.ITEM_OF_CLOSED_INTERPRETER_KEPT),

    SYSTEM_EXIT_PROPAGATES("SystemExit in a subinterpreter is raised as SystemExit in the caller", """
            _raise_instead(interpreters.ExecutionFailed,
                           lambda e: SystemExit(e.excinfo.msg) if e.excinfo.type.__name__ == "SystemExit" else e,
                           interpreters.Interpreter, "exec", "call")
            """, """
            interp = interpreters.create()
            try:
                interp.exec("raise SystemExit(3)")
            except interpreters.ExecutionFailed:
                pass
            except SystemExit:
                raise AssertionError("SystemExit crossed into the caller")
            interp.close()
            """),

    EXCINFO_WITHOUT_TRACEBACK("ExecutionFailed.excinfo.errdisplay is empty (the traceback is not captured)", """
            @_patch(interpreters.Interpreter, "exec", "call")
            def _no_traceback(method, *args, **kwargs):
                try:
                    return method(*args, **kwargs)
                except interpreters.ExecutionFailed as e:
                    e.excinfo.errdisplay = e.excinfo.formatted
                    raise
            """, """
            interp = interpreters.create()
            try:
                interp.exec("def f():\\n    1/0\\nf()\\n")
            except interpreters.ExecutionFailed as e:
                assert "Traceback" in e.excinfo.errdisplay, "no traceback in errdisplay"
            interp.close()
            """),

    EXECUTOR_RAISES_EXECUTION_FAILED("InterpreterPoolExecutor futures raise ExecutionFailed, not the task's own exception", """
            from concurrent.futures import interpreter as _pool
            @_patch(_pool.WorkerContext, "run")
            def _run(run, self, task):
                try:
                    return self.interp.call(_pool.do_call, self.results, *task)
                except interpreters.ExecutionFailed:
                    self.results.get()
                    raise
            """, """
            from concurrent.futures import InterpreterPoolExecutor
            with InterpreterPoolExecutor(max_workers=1) as pool:
                try:
                    pool.submit(int, "not a number").result(timeout=60)
                except ValueError:
                    pass
            """),

    EXECUTOR_RUNS_TASKS_IN_MAIN("InterpreterPoolExecutor runs tasks in the main interpreter, like a thread pool", """
            from concurrent.futures import interpreter as _pool
            @_patch(_pool.WorkerContext, "run")
            def _run(run, self, task):
                fn, args, kwargs = task
                return fn(*args, **kwargs)
            """, """
            from concurrent.futures import InterpreterPoolExecutor
            with InterpreterPoolExecutor(max_workers=1) as pool:
                where = pool.submit(interpreters.get_current).result(timeout=60)
            assert where.id != interpreters.get_main().id, "the task ran in the main interpreter"
            """),

    EXEC_FORGETS_STATE("each exec() starts from a fresh __main__: what one call defines is gone in the next", """
            _FORGET = ("import __main__ as _m\\n"
                       "for _k in [k for k in vars(_m) if not k.startswith('__')]:\\n"
                       "    delattr(_m, _k)\\n")
            @_patch(interpreters.Interpreter, "exec")
            def _exec(exec_, self, code, /):
                try:
                    return exec_(self, code)
                finally:
                    exec_(self, _FORGET)
            """, """
            interp = interpreters.create()
            interp.exec("x = 1")
            interp.exec("assert x == 1")
            interp.close()
            """),

    FULL_QUEUE_PUT_DROPS_ITEM("a blocking put() on a full queue returns at once and the item is lost", """
            @_patch(_queues.Queue, "put")
            def _put(put, self, obj, block=True, *args, **kwargs):
                if block and self.full():
                    return None
                return put(self, obj, block, *args, **kwargs)
            """, """
            import threading
            q = interpreters.create_queue(1)
            q.put(1)
            taker = threading.Timer(0.3, q.get)
            taker.start()
            q.put(2, timeout=60)
            taker.join()
            assert q.get_nowait() == 2, "the item of the blocking put() is not in the queue"
            """),

    EMPTY_GET_RETURNS_NONE("get() on an empty queue returns None at once instead of waiting for an item", """
            @_patch(_queues.Queue, "get")
            def _get(get, self, block=True, *args, **kwargs):
                if block and self.empty():
                    return None
                return get(self, block, *args, **kwargs)
            """, """
            import threading
            q = interpreters.create_queue()
            threading.Timer(0.3, q.put, args=(7,)).start()
            got = q.get(timeout=60)
            assert got == 7, "get() returned %r before the item was put" % (got,)
            """),

    QUEUE_EMPTY_IS_PLAIN_EMPTY("an empty queue raises the stdlib queue.Empty instead of interpreters.QueueEmpty", """
            import queue as _stdlib_queue
            _raise_instead(_queues.QueueEmpty, lambda e: _stdlib_queue.Empty(str(e)), _queues.Queue, "get", "get_nowait")
            """, """
            q = interpreters.create_queue()
            try:
                q.get_nowait()
            except interpreters.QueueEmpty:
                pass
            """),

    BIG_INTS_CUT_TO_64_BITS("prepare_main, queues and call keep only the low 64 bits of bigger ints (a machine-int fast path)", """
            _change_sent(_low_64_bits)
            """, Detectors.BIG_INT_THROUGH_A_QUEUE),

    QUEUE_CUTS_BIG_INTS("queues keep only the low 64 bits of bigger ints (prepare_main and call are right)", """
            _change_sent(_low_64_bits, queues_only=True)
            """, Detectors.BIG_INT_THROUGH_A_QUEUE),

    QUEUE_EMPTY_OFF_BY_ONE("Queue.empty() says True while one item is still in the queue", """
            @_patch(_queues.Queue, "empty")
            def _empty(empty, self):
                return self.qsize() <= 1
            """, """
            q = interpreters.create_queue()
            q.put(1)
            assert not q.empty(), "empty() with one item in the queue"
            """),

    QUEUE_FULL_OFF_BY_ONE("Queue.full() says True one item before maxsize is reached", """
            @_patch(_queues.Queue, "full")
            def _full(full, self):
                return self.maxsize > 0 and self.qsize() >= self.maxsize - 1
            """, """
            q = interpreters.create_queue(2)
            q.put(1)
            assert not q.full(), "full() with one item in a queue of maxsize 2"
            """),

    TUPLES_ARRIVE_AS_LISTS("a tuple taken from a queue comes out as a list", """
            @_patch(_queues.Queue, "get", "get_nowait")
            def _get(method, *args, **kwargs):
                item = method(*args, **kwargs)
                return list(item) if type(item) is tuple else item
            """, """
            q = interpreters.create_queue()
            q.put_nowait((1, 2))
            got = q.get_nowait()
            assert type(got) is tuple and got == (1, 2), "a tuple came back as %r" % (got,)
            """),

    CALL_IN_THREAD_BLOCKS("call_in_thread() runs the function to the end before it returns", """
            @_patch(interpreters.Interpreter, "call_in_thread")
            def _call_in_thread(call_in_thread, self, callable, /, *args, **kwargs):
                t = call_in_thread(self, callable, *args, **kwargs)
                t.join()
                return t
            """, """
            q = interpreters.create_queue()
            interp = interpreters.create()
            t = interp.call_in_thread(q.get, timeout=5)
            assert t.is_alive(), "call_in_thread() waited for the function to finish"
            q.put(None)
            t.join(30)
            interp.close()
            """),

    ARGUMENT_NOT_REBUILT_IS_INTERPRETER_ERROR("a call() argument the target interpreter cannot rebuild raises "
            + "InterpreterError instead of NotShareableError", """
            # CPython says "args not shareable" (or kwargs, func) when the target cannot rebuild what was sent.
            @_patch(interpreters.Interpreter, "call")
            def _call(call, self, *args, **kwargs):
                try:
                    return call(self, *args, **kwargs)
                except interpreters.NotShareableError as e:
                    if str(e).endswith("not shareable"):
                        raise interpreters.InterpreterError(f"interpreter failed: NotShareableError: {e}") from None
                    raise
            """, """
            class Unbuildable:
                def __reduce__(self):
                    return (int, ("not a number",))  # pickles; rebuilding it raises ValueError
            interp = interpreters.create()
            try:
                interp.call(len, Unbuildable())
            except interpreters.NotShareableError:
                pass
            else:
                raise AssertionError("an argument the target cannot rebuild crossed")
            interp.close()
            """),

    PIPES_PER_INTERPRETER("a subinterpreter can use only the file descriptors it made itself (a descriptor table "
            + "per interpreter), so a pipe made in another interpreter is a bad descriptor there", """
            import errno as _errno, os as _os
            import _interpreters as _low_level
            if _low_level.get_current()[0] != _low_level.get_main()[0]:
                _made_here = set()
                @_patch(_os, "pipe")
                def _pipe(pipe):
                    ends = pipe()
                    _made_here.update(ends)
                    return ends
                @_patch(_os, "open")
                def _os_open(os_open, *args, **kwargs):
                    fd = os_open(*args, **kwargs)
                    _made_here.add(fd)
                    return fd
                @_patch(_os, "read", "write", "close", "fstat")
                def _on_fd(method, fd, *args, **kwargs):
                    if type(fd) is int and fd > 2 and fd not in _made_here:
                        raise OSError(_errno.EBADF, "Bad file descriptor")
                    return method(fd, *args, **kwargs)
            """, """
            import os
            r, w = os.pipe()
            interp = interpreters.create()
            interp.exec(f"import os; os.write({w}, b'spam')")
            assert os.read(r, 4) == b'spam', "the pipe did not carry the message"
            interp.close()
            """);

    /** Detectors that more than one mutant shares (an enum constant cannot use the enum's own constants). */
    private interface Detectors {
        String ITEM_OF_CLOSED_INTERPRETER_KEPT = """
                q = interpreters.create_queue()
                interp = interpreters.create()
                interp.prepare_main(q=q)
                interp.exec("q.put('x')")
                interp.close()
                assert q.qsize() == 1, "the item of the closed interpreter vanished"
                q.get_nowait()
                """;
        String BIG_INT_THROUGH_A_QUEUE = """
                q = interpreters.create_queue()
                q.put_nowait(2 ** 64 + 5)
                assert q.get_nowait() == 2 ** 64 + 5, "a big int changed on the way"
                """;
        String LIST_REFUSED_BY_PREPARE_MAIN = """
                interp = interpreters.create()
                try:
                    interp.prepare_main(x=[1])
                except interpreters.NotShareableError:
                    pass
                else:
                    raise AssertionError("a list was bound without NotShareableError")
                interp.close()
                """;
    }

    /**
     * Put before every patch: {@code @_patch(owner, name, ...)} replaces each named attribute by the decorated
     * function, which receives the original as its first argument; the replacement keeps the original's
     * name and signature, so the mutant is invisible to signature checks.
     */
    private static final String PATCH_HELPER = """
            def _patch(owner, *names):
                def install(replacement):
                    for name in names:
                        original = getattr(owner, name)
                        def patched(*args, _original=original, **kwargs):
                            return replacement(_original, *args, **kwargs)
                        setattr(owner, name, functools.wraps(original)(patched))
                    return replacement
                return install
            """;

    /**
     * {@code _raise_instead(caught, make, owner, *names)} makes the named methods raise {@code make(e)} where
     * they raised {@code caught}: the shape of a wrong exception type.
     */
    private static final String RAISE_INSTEAD_HELPER = """
            def _raise_instead(caught, make, owner, *names):
                @_patch(owner, *names)
                def _translated(method, *args, **kwargs):
                    try:
                        return method(*args, **kwargs)
                    except caught as e:
                        raise make(e) from None
            """;

    /**
     * {@code _change_sent(change, queues_only=False)} makes Queue.put/put_nowait (and, unless {@code queues_only},
     * prepare_main and call) send {@code change(value)} for every argument, inside tuples too: the shape of a value
     * that is altered on its way to another interpreter. {@code _low_64_bits} is such a change.
     */
    private static final String CHANGE_SENT_HELPER = """
            def _change_sent(change, queues_only=False):
                def deep(value):
                    return tuple(deep(v) for v in value) if type(value) is tuple else change(value)
                def _sending(method, self, *args, **kwargs):
                    return method(self, *[deep(a) for a in args], **{k: deep(v) for k, v in kwargs.items()})
                _patch(_queues.Queue, "put", "put_nowait")(_sending)
                if not queues_only:
                    _patch(interpreters.Interpreter, "prepare_main", "call")(_sending)
            def _low_64_bits(value):
                if type(value) is int and not -2 ** 63 <= value < 2 ** 63:
                    return (value + 2 ** 63) % 2 ** 64 - 2 ** 63
                return value
            """;

    /**
     * {@code _default_unbounditems(policy)} makes {@code create_queue()} without {@code unbounditems} use
     * {@code policy} instead of {@code UNBOUND}: the shape of a runtime whose default for items of a closed
     * interpreter differs.
     */
    private static final String DEFAULT_UNBOUND_HELPER = """
            def _default_unbounditems(policy):
                @_patch(interpreters, "create_queue")
                def _create_queue(create_queue, maxsize=0, *, unbounditems=policy):
                    return create_queue(maxsize, unbounditems=unbounditems)
                _queues.create = interpreters.create_queue
            """;

    private final String description;
    private final String patch;
    private final String detector;

    Mutant(String description, String patch, String detector) {
        this.description = description;
        this.patch = patch;
        this.detector = detector;
    }

    /** The name used in {@code pep734.tck.mutant}, e.g. {@code queue-lifo}. */
    String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    String description() {
        return description;
    }

    static Optional<Mutant> named(String id) {
        return Arrays.stream(values()).filter(m -> m.id().equals(id)).findFirst();
    }

    /** The whole sitecustomize.py of this mutant. */
    String sitecustomize() {
        return "# sitecustomize.py of the PEP 734 TCK self-test mutant '" + id() + "': " + description + ".\n"
                + "# It breaks concurrent.interpreters on purpose; the TCK must notice.\n"
                + "import functools\n"
                + PATCH_HELPER
                + "try:\n"
                + "    from concurrent import interpreters\n"
                + "    from concurrent.interpreters import _queues\n"
                + "except ImportError:\n"
                + "    interpreters = None\n"
                + "if interpreters is not None:\n"
                + RAISE_INSTEAD_HELPER.indent(4)
                + CHANGE_SENT_HELPER.indent(4)
                + DEFAULT_UNBOUND_HELPER.indent(4)
                + patch.indent(4);
    }

    /** A script that passes on a correct implementation and fails on this mutant. */
    String detector() {
        return "from concurrent import interpreters\n" + detector;
    }
}

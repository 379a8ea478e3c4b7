package dev.pep734.tck.process;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * One realistic way to break {@code concurrent.interpreters}, as Python code that a {@code sitecustomize.py}
 * runs at start-up (in the main interpreter and in every subinterpreter), and a tiny script that catches it.
 *
 * <p>Patches keep the public signatures ({@code functools.wraps}), so only behaviour changes: a TCK that
 * only checks names and signatures would not notice.
 */
enum Mutant {

    NOT_SHAREABLE_IS_VALUE_ERROR("sharing failures raise ValueError instead of NotShareableError", """
            def _reraise(method):
                @functools.wraps(method)
                def wrapper(*args, **kwargs):
                    try:
                        return method(*args, **kwargs)
                    except interpreters.NotShareableError as e:
                        raise ValueError(str(e)) from None
                return wrapper
            for _name in ("prepare_main", "call", "call_in_thread"):
                setattr(interpreters.Interpreter, _name, _reraise(getattr(interpreters.Interpreter, _name)))
            _queues.Queue.put = _reraise(_queues.Queue.put)
            """, """
            interp = interpreters.create()
            try:
                interp.prepare_main(x=[1])
            except interpreters.NotShareableError:
                pass
            else:
                raise AssertionError("a list was bound without NotShareableError")
            interp.close()
            """),

    QUEUE_LIFO("Queue.get returns the newest item first", """
            _get = _queues.Queue.get
            @functools.wraps(_get)
            def get(self, *args, **kwargs):
                items = []
                while True:
                    try:
                        items.append(self.get_nowait())
                    except _queues.QueueEmpty:
                        break
                if not items:
                    return _get(self, *args, **kwargs)
                for item in items[:-1]:
                    self.put_nowait(item)
                return items[-1]
            _queues.Queue.get = get
            """, """
            q = interpreters.create_queue()
            q.put(1)
            q.put(2)
            assert q.get() == 1, "not FIFO"
            """),

    QUEUE_DROPS_EVERY_THIRD("Queue.put silently drops every third item", """
            _put = _queues.Queue.put
            _count = {}
            @functools.wraps(_put)
            def put(self, *args, **kwargs):
                _count[self.id] = _count.get(self.id, 0) + 1
                if _count[self.id] % 3 == 0:
                    return None
                return _put(self, *args, **kwargs)
            _queues.Queue.put = put
            """, """
            q = interpreters.create_queue()
            for i in range(6):
                q.put(i)
            assert [q.get() for _ in range(q.qsize())] == list(range(6)), "items lost"
            """),

    PREPARE_MAIN_CHANGES_VALUES("prepare_main binds changed copies (ints + 1)", """
            _prepare = interpreters.Interpreter.prepare_main
            def _bump(value):
                return value + 1 if type(value) is int else value
            @functools.wraps(_prepare)
            def prepare_main(self, ns=None, /, **kwargs):
                ns = None if ns is None else {k: _bump(v) for k, v in dict(ns).items()}
                return _prepare(self, ns, **{k: _bump(v) for k, v in kwargs.items()})
            interpreters.Interpreter.prepare_main = prepare_main
            """, """
            interp = interpreters.create()
            interp.prepare_main(x=41)
            interp.exec("assert x == 41, x")
            interp.close()
            """),

    CLOSE_DOES_NOTHING("Interpreter.close() does nothing", """
            @functools.wraps(interpreters.Interpreter.close)
            def close(self):
                return None
            interpreters.Interpreter.close = close
            """, """
            interp = interpreters.create()
            interp.close()
            assert interp.id not in [i.id for i in interpreters.list_all()], "still listed after close()"
            """),

    IS_RUNNING_ALWAYS_FALSE("Interpreter.is_running() is always False", """
            @functools.wraps(interpreters.Interpreter.is_running)
            def is_running(self):
                return False
            interpreters.Interpreter.is_running = is_running
            """, """
            assert interpreters.get_main().is_running(), "main is not running while it runs this"
            """),

    GET_CURRENT_RETURNS_MAIN("get_current() returns the main interpreter everywhere", """
            @functools.wraps(interpreters.get_current)
            def get_current():
                return interpreters.get_main()
            interpreters.get_current = get_current
            """, """
            interp = interpreters.create()
            interp.exec("from concurrent import interpreters as m; assert m.get_current().id != 0")
            interp.close()
            """),

    EXECUTION_FAILED_IS_RUNTIME_ERROR("ExecutionFailed is replaced by RuntimeError", """
            def _plain(method):
                @functools.wraps(method)
                def wrapper(*args, **kwargs):
                    try:
                        return method(*args, **kwargs)
                    except interpreters.InterpreterError as e:
                        if type(e).__name__ == "ExecutionFailed":
                            raise RuntimeError(str(e)) from None
                        raise
                return wrapper
            interpreters.Interpreter.exec = _plain(interpreters.Interpreter.exec)
            interpreters.Interpreter.call = _plain(interpreters.Interpreter.call)
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
            _get = _queues.Queue.get
            @functools.wraps(_get)
            def get(self, block=True, timeout=None, **kwargs):
                if block and timeout is not None:
                    return self.get_nowait()
                return _get(self, block, timeout, **kwargs)
            _queues.Queue.get = get
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
            _is_shareable = interpreters.is_shareable
            @functools.wraps(_is_shareable)
            def is_shareable(obj):
                return True if type(obj) is list else _is_shareable(obj)
            interpreters.is_shareable = is_shareable
            """, """
            assert not interpreters.is_shareable([]), "a list is not shareable"
            """),

    ROUND_TRIP_LOSES_NEGATIVE_ZERO("prepare_main, queues and call turn -0.0 into 0.0", """
            def _flat(value):
                if type(value) is float and value == 0.0:
                    return 0.0
                if type(value) is tuple:
                    return tuple(_flat(v) for v in value)
                return value
            def _sending(method):
                @functools.wraps(method)
                def wrapper(self, *args, **kwargs):
                    return method(self, *[_flat(a) for a in args], **{k: _flat(v) for k, v in kwargs.items()})
                return wrapper
            interpreters.Interpreter.prepare_main = _sending(interpreters.Interpreter.prepare_main)
            interpreters.Interpreter.call = _sending(interpreters.Interpreter.call)
            _queues.Queue.put = _sending(_queues.Queue.put)
            _queues.Queue.put_nowait = _sending(_queues.Queue.put_nowait)
            """, """
            import math
            q = interpreters.create_queue()
            q.put_nowait(-0.0)
            assert math.copysign(1.0, q.get_nowait()) == -1.0, "-0.0 lost its sign"
            """),

    QUEUE_DROPS_UNDER_CONTENTION("Queue.put drops an item when another thread of the interpreter is putting", """
            import threading as _threading
            import time as _time
            _put = _queues.Queue.put
            _lock = _threading.Lock()
            _busy = [0]
            @functools.wraps(_put)
            def put(self, *args, **kwargs):
                with _lock:
                    _busy[0] += 1
                    contended = _busy[0] > 1
                try:
                    if contended:
                        return None
                    _time.sleep(0.002)  # a slow path: the window in which a second putter is lost
                    return _put(self, *args, **kwargs)
                finally:
                    with _lock:
                        _busy[0] -= 1
            _queues.Queue.put = put
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
            _prepare = interpreters.Interpreter.prepare_main
            @functools.wraps(_prepare)
            def prepare_main(self, ns=None, /, **kwargs):
                ns = dict(ns or {}, **kwargs)
                plain = {k: v for k, v in ns.items() if interpreters.is_shareable(v)}
                pickled = {k: _pickle.dumps(v) for k, v in ns.items() if k not in plain}
                _prepare(self, plain, _pickled_=_pickle.dumps(pickled))
                self.exec("import pickle as _p\\nglobals().update({k: _p.loads(v) for k, v in "
                          "_p.loads(_pickled_).items()})\\ndel _pickled_, _p\\n")
            interpreters.Interpreter.prepare_main = prepare_main
            """, """
            interp = interpreters.create()
            try:
                interp.prepare_main(x=[1])
            except interpreters.NotShareableError:
                pass
            else:
                raise AssertionError("a list was bound by prepare_main")
            interp.close()
            """),

    MEMORYVIEW_COPIED("a memoryview sent to another interpreter arrives as a read-only copy", """
            def _copy_views(value):
                return memoryview(bytes(value)) if isinstance(value, memoryview) else value
            _prepare = interpreters.Interpreter.prepare_main
            @functools.wraps(_prepare)
            def prepare_main(self, ns=None, /, **kwargs):
                ns = {k: _copy_views(v) for k, v in dict(ns or {}, **kwargs).items()}
                return _prepare(self, ns)
            interpreters.Interpreter.prepare_main = prepare_main
            _put = _queues.Queue.put
            @functools.wraps(_put)
            def put(self, obj, *args, **kwargs):
                return _put(self, _copy_views(obj), *args, **kwargs)
            _queues.Queue.put = put
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
            _close = interpreters.Interpreter.close
            @functools.wraps(_close)
            def close(self):
                try:
                    return _close(self)
                except interpreters.InterpreterNotFoundError:
                    return None
            interpreters.Interpreter.close = close
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
            _create_queue = interpreters.create_queue
            @functools.wraps(_create_queue)
            def create_queue(maxsize=0, *, unbounditems=_queues.UNBOUND_REMOVE):
                return _create_queue(maxsize, unbounditems=unbounditems)
            interpreters.create_queue = create_queue
            _queues.create = create_queue
            """, """
            q = interpreters.create_queue()
            interp = interpreters.create()
            interp.prepare_main(q=q)
            interp.exec("q.put('x')")
            interp.close()
            assert q.qsize() == 1, "the item of the closed interpreter vanished"
            """),

    SYSTEM_EXIT_PROPAGATES("SystemExit in a subinterpreter is raised as SystemExit in the caller", """
            def _exit_through(method):
                @functools.wraps(method)
                def wrapper(*args, **kwargs):
                    try:
                        return method(*args, **kwargs)
                    except interpreters.ExecutionFailed as e:
                        if e.excinfo.type.__name__ == "SystemExit":
                            raise SystemExit(e.excinfo.msg) from None
                        raise
                return wrapper
            interpreters.Interpreter.exec = _exit_through(interpreters.Interpreter.exec)
            interpreters.Interpreter.call = _exit_through(interpreters.Interpreter.call)
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
            def _no_traceback(method):
                @functools.wraps(method)
                def wrapper(*args, **kwargs):
                    try:
                        return method(*args, **kwargs)
                    except interpreters.ExecutionFailed as e:
                        e.excinfo.errdisplay = e.excinfo.formatted
                        raise
                return wrapper
            interpreters.Interpreter.exec = _no_traceback(interpreters.Interpreter.exec)
            interpreters.Interpreter.call = _no_traceback(interpreters.Interpreter.call)
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
            @functools.wraps(_pool.WorkerContext.run)
            def run(self, task):
                try:
                    return self.interp.call(_pool.do_call, self.results, *task)
                except interpreters.ExecutionFailed:
                    self.results.get()
                    raise
            _pool.WorkerContext.run = run
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
            @functools.wraps(_pool.WorkerContext.run)
            def run(self, task):
                fn, args, kwargs = task
                return fn(*args, **kwargs)
            _pool.WorkerContext.run = run
            """, """
            from concurrent.futures import InterpreterPoolExecutor
            with InterpreterPoolExecutor(max_workers=1) as pool:
                where = pool.submit(interpreters.get_current).result(timeout=60)
            assert where.id != interpreters.get_main().id, "the task ran in the main interpreter"
            """),

    CALL_IN_THREAD_BLOCKS("call_in_thread() runs the function to the end before it returns", """
            _call_in_thread = interpreters.Interpreter.call_in_thread
            @functools.wraps(_call_in_thread)
            def call_in_thread(self, callable, /, *args, **kwargs):
                t = _call_in_thread(self, callable, *args, **kwargs)
                t.join()
                return t
            interpreters.Interpreter.call_in_thread = call_in_thread
            """, """
            q = interpreters.create_queue()
            interp = interpreters.create()
            t = interp.call_in_thread(q.get, timeout=5)
            assert t.is_alive(), "call_in_thread() waited for the function to finish"
            q.put(None)
            t.join(30)
            interp.close()
            """);

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
                + "try:\n"
                + "    from concurrent import interpreters\n"
                + "    from concurrent.interpreters import _queues\n"
                + "except ImportError:\n"
                + "    interpreters = None\n"
                + "if interpreters is not None:\n"
                + patch.indent(4);
    }

    /** A script that passes on a correct implementation and fails on this mutant. */
    String detector() {
        return "from concurrent import interpreters\n" + detector;
    }
}

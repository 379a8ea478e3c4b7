# Cross-interpreter helpers shared by our modules, one copy per interpreter (context).
# Sender side: encode() turns a value into the wire form the host converts to Java data:
#   ('n',) None, ('b', bool), ('i', int64), ('f', float), ('s', str), ('y', bytes), ('t', (wire, ...)),
#   ('m', shared_block, readonly), ('q', queue_id), ('F', marshalled_code, name, qualname) a stateless
#   function, ('p', pickled_bytes).
# Receiver side: rebuild() makes fresh objects with this context's own builtins.
# Target side: run_exec / bind_main / run_call run inside the interpreter the host entered.
# pickle and re are imported here, on the interpreter's worker thread, not where first needed: a first regex
# compiled by another thread of a subinterpreter waited for ever on GraalPy 25.2.4 (a TRegex handshake; the
# TCK's nested create() inside call_in_thread hung).
import re
import sys
import pickle
import marshal
import types
import builtins
# GraalPy's types for what a host call answers: a Java list (our replies and wire forms), null, a buffer.
from polyglot import ForeignList, ForeignNone as _ForeignNone, ForeignObject as _ForeignObject

host = sys.modules['_pep734_host'].host
interpreters_ops = host.interpreters()
queue_ops = host.queues()

_BUILTIN_ERRORS = ('TypeError', 'ValueError', 'RuntimeError', 'NotImplementedError', 'OverflowError', 'TimeoutError')


# Classes a generation's modules register for the host's error names (an older API raises RuntimeError
# where 3.14 raises InterpreterError); looked up before the 3.14 defaults below.
error_classes = {}


_defaults = {}  # name -> class, resolved once: a spinning get_nowait() raises QueueEmpty at every turn


def _error_class(name):
    if name in error_classes:
        return error_classes[name]
    cls = _defaults.get(name)
    if cls is None:
        cls = _defaults[name] = _default_error_class(name)
    return cls


def _default_error_class(name):
    if name in _BUILTIN_ERRORS:
        return getattr(builtins, name)
    if name in ('InterpreterError', 'InterpreterNotFoundError', 'NotShareableError'):
        import _interpreters
        return getattr(_interpreters, name)
    if name in ('QueueError', 'QueueNotFoundError'):
        import _interpqueues
        return getattr(_interpqueues, name)
    if name.startswith('Channel'):
        import _interpchannels
        return getattr(_interpchannels, name)
    if name in ('QueueEmpty', 'QueueFull'):
        from concurrent.interpreters import _queues
        return getattr(_queues, name)
    return RuntimeError


def unwrap(reply):
    """The value of a host reply, or the Python exception it carries."""
    if reply[0]:
        return reply[1]
    raise _error_class(reply[1])(reply[2])


def not_shareable(text):
    return _error_class('NotShareableError')(text)


# ---- shareability -------------------------------------------------------------------------------

def is_shareable(obj):
    """CPython's check is by exact type only: (1, [2]) and 2**100 say True (the 3.14 profile's errata.txt, item 6)."""
    cls = type(obj)
    if obj is None or cls in (bool, int, float, str, bytes, tuple, memoryview):
        return True
    return _is_queue(obj) or _channel_end(obj) is not None


def _is_queue(obj):
    queues = sys.modules.get('concurrent.interpreters._queues')
    return queues is not None and isinstance(obj, queues.Queue)


def _channel_end(obj):
    """(channel id, is the send end) for a channel end object, else None."""
    channels = sys.modules.get('_interpchannels')
    return None if channels is None else channels._as_end(obj)


_INT64_MIN, _INT64_MAX = -2**63, 2**63 - 1  # computed once: a big-int power per call is slow on GraalPy
_SCALAR_TAGS = {bool: 'b', float: 'f', str: 's', bytes: 'y'}


def encode(obj):
    """Native cross-interpreter data, as prepare_main requires; NotShareableError otherwise."""
    cls = type(obj)
    if cls is int:
        if _INT64_MIN <= obj <= _INT64_MAX:
            return ('i', obj)
        # CPython 3.14.3 refuses ints beyond int64 natively (the 3.14 profile's errata.txt, item 5).
        raise not_shareable(f'{obj!r} does not support cross-interpreter data') from OverflowError('try sending as bytes')
    tag = _SCALAR_TAGS.get(cls)
    if tag is not None:
        if cls is str and not obj.isascii() and _has_surrogate(obj):
            # A Java string, and GraalPy's own UTF-8 and pickle, fuse two surrogate code points into one
            # character ('\ud913\udc80' arriving as '\U00054c80'); code points cross one by one (found by the
            # queue-values property).
            import pickle
            return ('p', pickle.dumps(_CodePoints(obj)))
        return (tag, obj)
    if obj is None:
        return ('n',)
    if cls is tuple:
        items = []
        for item in obj:
            try:
                items.append(encode(item))
            except TypeError as e:
                raise not_shareable(f'{obj!r} does not support cross-interpreter data') from e
        return ('t', tuple(items))
    if cls is memoryview:
        return _encode_memory(obj)
    if _is_queue(obj):
        return ('q', obj.id)
    end = _channel_end(obj)
    if end is not None:
        return ('c', end[0], end[1])
    raise not_shareable(f'{obj!r} does not support cross-interpreter data')


_surrogate_search = re.compile('[\ud800-\udfff]').search


def _has_surrogate(text):
    return _surrogate_search(text) is not None


class _CodePoints:
    """A str that pickles as its code points, rebuilt by _join_code_points."""
    __slots__ = ('text',)

    def __init__(self, text):
        self.text = text

    def __reduce__(self):
        return _join_code_points, ([ord(c) for c in self.text],)


def _join_code_points(codes):
    return ''.join(map(chr, codes))


def encode_or_pickle(obj):
    """Queue items, call arguments and results: native data when possible, else, as CPython 3.14.3, a
    stateless function as its code, else a pickle."""
    try:
        return encode(obj)
    except TypeError:
        pass
    if type(obj) is tuple:
        # CPython 3.14.3 falls back item by item: (1, lambda: 2) crosses, and (l, l) arrives as two lists.
        try:
            return ('t', tuple([encode_or_pickle(item) for item in obj]))
        except TypeError:
            raise not_shareable(f'{obj!r} does not support cross-interpreter data') from None
    if type(obj) is types.FunctionType and _is_stateless(obj):
        return _encode_stateless(obj)
    import pickle
    try:
        return ('p', pickle.dumps(obj))
    except pickle.PicklingError:
        # GraalPy 25.2.4's accelerated pickler refuses some objects its own unpickler made ("args[0] from
        # __newobj__ args has the wrong class" for a bare object() once a function was pickled); the pure-Python
        # pickler takes them.
        try:
            return ('p', pickle._dumps(obj))
        except Exception:
            pass
    except Exception:
        pass
    raise not_shareable(f'{obj!r} does not support cross-interpreter data')


# The scalars a host call may take as themselves with their wire tag (WireCodec.readTagged), by exact type:
# an int subclass is pickled, as encode_or_pickle does. An int beyond int64 and a non-ASCII str (which may
# hold surrogates) still need their wire form.
DIRECT_TAGS = {int: 'i', bool: 'b', float: 'f', str: 's', bytes: 'y', type(None): 'n'}


def rebuild_direct(value):
    """A value as the host answers it directly (WireCodec.writeDirect): int, float, str and bool arrive as
    themselves, None as null, bytes as a buffer, anything else as its wire form."""
    cls = type(value)
    if cls is _ForeignNone:
        return None
    if cls is _ForeignObject:
        return bytes(memoryview(value))
    if cls is ForeignList:
        return rebuild(value)
    return value


def rebuild(wire):
    tag = wire[0]
    if tag in _PLAIN_TAGS:
        return wire[1]
    if tag == 'n':
        return None
    payload = wire[1]
    if tag == 'y':
        return bytes(memoryview(payload))
    if tag == 't':
        return tuple(rebuild(item) for item in payload)
    if tag == 'q':
        from concurrent.interpreters import _queues
        return _queues.Queue(payload)
    if tag == 'm':
        return _shared_view(payload)
    if tag == 'c':
        import _interpchannels
        return _interpchannels._end_from_wire(payload, wire[2])
    if tag == 'F':
        try:
            return _rebuild_function(bytes(memoryview(payload)), wire[2], wire[3], None, None)
        except (ValueError, EOFError, TypeError) as e:
            raise not_shareable('function could not be rebuilt') from e
    if tag == 'p':
        return loads(bytes(memoryview(payload)))
    raise TypeError(f'unknown cross-interpreter data {tag!r}')


_PLAIN_TAGS = frozenset('bifs')


# ---- pickles: __main__ objects resolve in <fake __main__> (CPython re-runs the main script) -------

_fake_main = None


_main_unpickler = None


def _unpickler_class():
    """The pure-Python unpickler: GraalPy's accelerated one does not call an overridden find_class."""
    global _main_unpickler
    if _main_unpickler is None:
        import pickle

        class _Unpickler(pickle._Unpickler):
            def find_class(self, module, name):
                if module == '__main__':
                    try:
                        return _lookup(sys.modules['__main__'], name)
                    except AttributeError:
                        if current_id() == 0:
                            raise
                        return _lookup(_get_fake_main(name), name)
                return super().find_class(module, name)

        _main_unpickler = _Unpickler
    return _main_unpickler


def _lookup(module, qualname):
    obj = module
    for part in qualname.split('.'):
        obj = getattr(obj, part)
    return obj


def _get_fake_main(name):
    global _fake_main
    if _fake_main is None:
        path = unwrap(interpreters_ops.mainFile())
        if path is None:
            raise AttributeError(f"module '__main__' has no attribute '{name}'")
        fake = types.ModuleType('<fake __main__>')
        fake.__file__ = path
        with open(path, 'rb') as f:
            code = compile(f.read(), path, 'exec')
        _fake_main = fake
        exec(code, fake.__dict__)
    return _fake_main


def loads(data):
    import io
    import pickle
    try:
        if b'__main__' not in data:
            # No __main__ reference to resolve: the accelerated unpickler is ~10x faster than ours.
            return pickle.loads(data)
        return _unpickler_class()(io.BytesIO(data)).load()
    except Exception as e:
        raise not_shareable('object could not be unpickled') from e


def current_id():
    return unwrap(interpreters_ops.current())[0]


# ---- memoryviews: live blocks in Java, plus write-back for memory born in Python ----------------
from _pep734_mem import _encode_memory, _shared_view, sync_memory  # noqa: E402


# ---- target side ---------------------------------------------------------------------------------

def _main_ns():
    return sys.modules['__main__'].__dict__


def excinfo(exc, skip=1):
    """CPython's excinfo fields: type name, qualname, module, msg, formatted, errdisplay."""
    import traceback
    cls = type(exc)
    try:
        msg = str(exc)
    except BaseException:
        msg = '<exception str() failed>'
    tb = exc.__traceback__
    for _ in range(skip):
        if tb is not None:
            tb = tb.tb_next
    lines = traceback.format_exception(cls, exc, tb, chain=True)
    errdisplay = ''.join(lines).rstrip('\n')
    module = getattr(cls, '__module__', 'builtins')
    # As the last line of a traceback names it (CPython 3.14.3): qualname, with the module unless builtins/__main__.
    shown = cls.__qualname__ if module in ('builtins', '__main__') else f'{module}.{cls.__qualname__}'
    return (cls.__name__, cls.__qualname__, module, msg, f'{shown}: {msg}', errdisplay)


def run_exec(kind, payload):
    sync_memory()
    try:
        if kind == 'src':
            code = compile(payload, '<script>', 'exec')
        else:
            code = marshal.loads(bytes(memoryview(payload)))
        exec(code, _main_ns())
    except BaseException as e:
        return excinfo(e)
    finally:
        sync_memory()
    return None


def bind_main(pairs):
    # Indexing, not unpacking: unpacking a host list costs ~3x more on GraalPy 25.2.4.
    values = {}
    for pair in pairs:
        values[pair[0]] = rebuild(pair[1])
    _main_ns().update(values)


def run_call(fn_wire, args_wire, kwargs_wire):
    sync_memory()
    try:
        try:
            fn = rebuild(fn_wire)
        except TypeError as e:
            return ('unshareable', 'func not shareable', _chain_text(e))
        try:
            args = rebuild(args_wire)
        except TypeError as e:
            return ('unshareable', 'args not shareable', _chain_text(e))
        try:
            kwargs = rebuild(kwargs_wire) or {}
        except TypeError as e:
            return ('unshareable', 'kwargs not shareable', _chain_text(e))
        try:
            result = _call_in_main(fn, args, kwargs)
        except BaseException as e:
            return ('exc', excinfo(e))
        try:
            return ('ok', encode_or_pickle(result))
        except TypeError as e:
            return ('unshareable', 'object does not support cross-interpreter data',
                    f'concurrent.interpreters.NotShareableError: {e}')
    finally:
        sync_memory()


def _call_in_main(fn, args, kwargs):
    """Calls fn; the builtins that work on the caller's namespace (eval, exec, dir, globals, locals, vars) work on
    the interpreter's __main__, as when CPython calls them with no Python frame of its own."""
    if type(fn) is types.BuiltinFunctionType and fn.__name__ in _FRAME_BUILTINS \
            and getattr(builtins, fn.__name__, None) is fn and not kwargs:
        main = _main_ns()
        name = fn.__name__
        if name in ('eval', 'exec') and len(args) == 1:
            return fn(args[0], main)
        if not args and name == 'dir':
            return sorted(main)
        if not args and name in ('globals', 'locals', 'vars'):
            return main
    return fn(*args, **kwargs)


_FRAME_BUILTINS = frozenset(('eval', 'exec', 'dir', 'globals', 'locals', 'vars'))


def _chain_text(err):
    cause = err.__cause__
    head = f'{type(cause).__name__}: {cause}\n\nThe above exception was the direct cause of the following exception:\n\n' \
        if cause is not None else ''
    return f'{head}concurrent.interpreters.NotShareableError: {err}'


def finalize():
    """Before the interpreter is destroyed: wait for its non-daemon threads, then run its atexit
    callbacks, like CPython's Py_EndInterpreter."""
    from _pep734_exit import run_exit_handlers
    run_exit_handlers()


# ---- callables: stateless functions travel as code, the rest by pickle -------------------------

def _rebuild_function(code_bytes, name, qualname, defaults, kwdefaults):
    # Runs with the target's real __main__ as globals, like CPython's stateless functions.
    fn = types.FunctionType(marshal.loads(code_bytes), _main_ns(), name, defaults)
    fn.__qualname__ = qualname
    if kwdefaults:
        fn.__kwdefaults__ = kwdefaults  # GraalPy turns an assigned None into {}
    return fn


def _global_names(code, ns):
    """Names the code reads from its globals. GraalPy has no dis, so a name counts as a global when
    the function's module defines it (documented divergence: names defined nowhere are taken for
    attribute names, and an attribute named like a global of the module for a global)."""
    # A name the module defines is a global even where builtins has it too (__name__): it resolves in the module.
    found = [n for n in code.co_names if n in ns]
    for const in code.co_consts:
        if isinstance(const, types.CodeType):
            found.extend(_global_names(const, ns))
    return found


def _is_code_only(fn):
    """A plain function call() carries as its code: no closure, globals only builtins."""
    return type(fn) is types.FunctionType and not fn.__closure__ \
        and not _global_names(fn.__code__, fn.__globals__)


# id(code) -> (code, its marshal): a function sent again and again (call() in a loop, a pool's tasks) is marshalled
# once. Marshal output depends only on the code object, which is immutable; the entry holds the code, so its id
# cannot be reused while the entry lives. Bounded: cleared when full.
_marshalled_code = {}
_MARSHALLED_CODE_MAX = 64


def _marshal_code(code):
    hit = _marshalled_code.get(id(code))
    if hit is not None and hit[0] is code:
        return hit[1]
    data = marshal.dumps(code)
    if len(_marshalled_code) >= _MARSHALLED_CODE_MAX:
        _marshalled_code.clear()
    _marshalled_code[id(code)] = (code, data)
    return data


class _AsCode:
    """Pickles as a call of _rebuild_function: the standard pickler does it ~10x faster than a Pickler
    subclass with reducer_override on GraalPy."""
    __slots__ = ('fn',)

    def __init__(self, fn):
        self.fn = fn

    def __reduce__(self):
        fn = self.fn
        return _rebuild_function, (_marshal_code(fn.__code__), fn.__name__, fn.__qualname__,
                                   fn.__defaults__, fn.__kwdefaults__)


def _is_stateless(fn):
    """CPython 3.14.3's stateless function, which a queue carries as code: no closure, no defaults,
    globals only builtins (a function with defaults or globals is pickled by reference instead)."""
    return fn.__defaults__ is None and not fn.__kwdefaults__ and _is_code_only(fn)


def _encode_stateless(fn):
    """A stateless function as its code, name and qualname: ~10x cheaper than its pickle to send and to rebuild."""
    return ('F', _marshal_code(fn.__code__), fn.__name__, fn.__qualname__)


def pickle_callable(fn):
    """The pickle call() sends for a callable that is not stateless (a code-only function with defaults
    travels as its code, any other by reference); NotShareableError if it has none."""
    import pickle
    try:
        return pickle.dumps(_AsCode(fn) if _is_code_only(fn) else fn)
    except Exception as e:
        if type(fn) is types.FunctionType:
            reason = 'closures not supported' if fn.__closure__ else 'globals not supported'
            raise not_shareable('only stateless functions are shareable') from ValueError(reason)
        raise not_shareable(f'{fn!r} does not support cross-interpreter data') from e


def encode_callable(fn):
    if type(fn) is types.FunctionType and _is_stateless(fn):
        return _encode_stateless(fn)
    return ('p', pickle_callable(fn))


def encode_args(args):
    try:
        return encode_or_pickle(args)
    except TypeError:
        cause = None
        for item in args:
            try:
                encode_or_pickle(item)
            except TypeError as e:
                cause = e
                break
        raise not_shareable(f'{args!r} does not support cross-interpreter data') from cause

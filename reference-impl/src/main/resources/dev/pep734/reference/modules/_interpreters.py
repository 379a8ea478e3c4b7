"""Low-level interpreter API of the reference runtime: the subset of CPython's _interpreters that
concurrent.interpreters uses, delegating to the runtime's host object."""
import builtins as _builtins
import types as _types
import marshal as _marshal
import _pep734_xi as _xi

WHENCE_UNKNOWN = 0
WHENCE_RUNTIME = 1
WHENCE_LEGACY_CAPI = 2
WHENCE_CAPI = 3
WHENCE_XI = 4
WHENCE_STDLIB = 5


class InterpreterError(Exception):
    """A cross-interpreter operation failed"""


class InterpreterNotFoundError(InterpreterError):
    """An interpreter was not found"""


class NotShareableError(TypeError):
    """The object cannot be shared with another interpreter"""


# CPython reports these under the public module.
for _cls in (InterpreterError, InterpreterNotFoundError, NotShareableError):
    _cls.__module__ = 'concurrent.interpreters'
del _cls

_ops = _xi.interpreters_ops


def _allows_daemon_threads(config):
    """CPython 3.14's 'isolated' config (the default, and what concurrent.interpreters.create() uses) refuses
    daemon threads; 'legacy' allows them; a config object says so in allow_daemon_threads."""
    if config is None or isinstance(config, str):
        return config == 'legacy'
    return bool(getattr(config, 'allow_daemon_threads', False))


def create(config=None, *, reqrefs=False):
    """create([config], *, reqrefs=False) -> ID: create a new interpreter and return its ID."""
    # The host applies the config as it starts the interpreter: one hand-off, no exec afterwards.
    return _xi.unwrap(_ops.create(_allows_daemon_threads(config)))


def destroy(id, *, restrict=False):
    """destroy(id, *, restrict=False): destroy the identified interpreter."""
    _xi.unwrap(_ops.destroy(id))


def list_all(*, require_ready=False):
    """list_all() -> [(ID, whence)]"""
    return [(row[0], row[1]) for row in _xi.unwrap(_ops.listAll())]


def get_current():
    """get_current() -> (ID, whence)"""
    row = _xi.unwrap(_ops.current())
    return row[0], row[1]


def get_main():
    """get_main() -> (ID, whence)"""
    return 0, WHENCE_RUNTIME


def whence(id):
    """whence(id) -> int"""
    return _xi.unwrap(_ops.whence(id))


def is_running(id, *, restrict=False):
    """is_running(id, *, restrict=False) -> bool"""
    return _xi.unwrap(_ops.isRunning(id))


def incref(id, *, implieslink=False, restrict=False):
    # Interpreters are destroyed only by destroy() here (no reliable finalizers on GraalPy).
    whence(id)


def decref(id, *, restrict=False):
    whence(id)


def is_shareable(obj, /):
    """is_shareable(obj) -> bool: whether the object's type supports cross-interpreter data."""
    return _xi.is_shareable(obj)


def _script(code):
    if isinstance(code, (str, bytes)):
        source = code.decode('utf-8') if isinstance(code, bytes) else code
        # Syntax errors are raised here, in the caller, as CPython does.
        compile(source, '<script>', 'exec')
        return 'src', source
    if isinstance(code, _types.FunctionType):
        co = code.__code__
        if co.co_argcount or co.co_kwonlyargcount or co.co_posonlyargcount or co.co_flags & 0x0C:
            raise ValueError('code with args not supported')
        code = co
    if isinstance(code, _types.CodeType):
        return 'code', _marshal.dumps(code)
    raise TypeError(f'unsupported script {code!r}')


def _excinfo(fields):
    name, qualname, module, msg, formatted, errdisplay = fields
    exctype = _types.SimpleNamespace(__name__=name, __qualname__=qualname, __module__=module)
    return _types.SimpleNamespace(type=exctype, msg=msg, formatted=formatted, errdisplay=errdisplay)


def exec(id, code, shared=None, *, restrict=False):
    """exec(id, code, shared=None, *, restrict=False) -> None or excinfo of the uncaught exception."""
    kind, payload = _script(code)
    if shared:
        set___main___attrs(id, shared)
    _xi.sync_memory()
    try:
        fields = _xi.unwrap(_ops.exec(id, kind, payload))
    finally:
        _xi.sync_memory()
    return None if fields is None else _excinfo(fields)


def call(id, callable, args=None, kwargs=None, *, preserve_exc=False, restrict=False):
    """call(id, callable, args=None, kwargs=None, ...) -> (result, excinfo)"""
    # Refused in the caller before anything crosses, as CPython 3.14.3 does.
    if not _builtins.callable(callable):
        raise TypeError(f'expected a callable, got {callable!r}')
    fn = _xi.encode_callable(callable)
    wire_args = _xi.encode_args(tuple(args) if args else ())
    wire_kwargs = _xi.encode_or_pickle(dict(kwargs)) if kwargs else ('n',)
    _xi.sync_memory()
    try:
        reply = _xi.unwrap(_ops.call(id, fn, wire_args, wire_kwargs))
    finally:
        _xi.sync_memory()
    status = reply[0]
    if status == 'ok':
        return _xi.rebuild(reply[1]), None
    if status == 'exc':
        return None, _excinfo(reply[1])
    raise NotShareableError(reply[1]) from Exception(reply[2])


def set___main___attrs(id, updates, *, restrict=False):
    """Bind the given shareable values in the interpreter's __main__; all or nothing."""
    if not updates:
        raise ValueError('arg 2 must be a non-empty dict')
    pairs = []
    for name, value in dict(updates).items():
        if type(name) is not str:
            raise TypeError('bad argument type for built-in operation')
        pairs.append((name, _xi.encode(value)))
    _xi.sync_memory()
    try:
        _xi.unwrap(_ops.prepareMain(id, tuple(pairs)))
    finally:
        _xi.sync_memory()

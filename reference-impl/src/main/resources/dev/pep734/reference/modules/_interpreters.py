"""Low-level interpreter API of the reference runtime: CPython 3.14's _interpreters (what concurrent.interpreters
uses, and the rest of its public functions: run_string, run_func, configs, capture_exception), delegating to the
runtime's host object. Argument errors are CPython 3.14.3's, word for word where its tests check them."""
import builtins as _builtins
import sys as _sys
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

# The shared= default: CPython's "no argument", which differs from an explicit None (a TypeError).
_NO_SHARED = object()


def _type_name(obj):
    return 'None' if obj is None else type(obj).__name__


def _check_id(id):
    if not isinstance(id, int):
        raise TypeError(f'interpreter ID must be an int, got {_type_name(id)}')
    return id


def _c_string(text):
    """CPython takes these strings as UTF-8 C strings: a lone surrogate is a UnicodeEncodeError."""
    try:
        text.encode('utf-8')
    except UnicodeEncodeError as e:
        raise UnicodeEncodeError('utf-8', text, e.start, e.end, 'surrogates not allowed') from None


def _check_dict(value, function, position):
    if not isinstance(value, dict):
        raise TypeError(f'_interpreters.{function}() argument {position} must be dict, not {_type_name(value)}')


# ---- configs ------------------------------------------------------------------------------------

_CONFIG_FIELDS = ('use_main_obmalloc', 'allow_fork', 'allow_exec', 'allow_threads', 'allow_daemon_threads',
                  'check_multi_interp_extensions', 'gil')
_CONFIGS = {
    'isolated': (False, False, False, True, False, True, 'own'),
    'legacy': (True, True, True, True, True, False, 'shared'),
    'empty': (False, False, False, False, False, False, 'default'),
}
_GILS = ('default', 'shared', 'own')


def new_config(name='isolated', /, **overrides):
    """new_config(name='isolated', /, **overides) -> type.SimpleNamespace

    Return a representation of a new PyInterpreterConfig.

    The name determines the initial values of the config.  Supported named
    configs are: default, isolated, legacy, and empty.

    Any keyword arguments are set on the corresponding config fields,
    overriding the initial values."""
    if not isinstance(name, str):
        raise TypeError(f'_interpreters.new_config() argument 1 must be str, not {_type_name(name)}')
    _c_string(name)
    values = _CONFIGS.get('isolated' if name in ('', 'default') else name)
    if values is None:
        raise ValueError(f'unsupported config name {name!r}')
    config = _types.SimpleNamespace(**dict(zip(_CONFIG_FIELDS, values)))
    for field, value in overrides.items():
        if field not in _CONFIG_FIELDS:
            raise ValueError(f'unsupported config field {field!r}')
        setattr(config, field, value)
    _config_tuple(config)  # the same checks as create()
    return config


def _config_tuple(config):
    """The seven fields of a config namespace, checked: bools are bools, gil one of default/shared/own."""
    values = vars(config)
    missing = [f for f in _CONFIG_FIELDS if f not in values]
    if missing:
        raise ValueError(f'missing config field {missing[0]!r}')
    extra = [f for f in values if f not in _CONFIG_FIELDS]
    if extra:
        raise ValueError(f'unsupported config field {extra[0]!r}')
    for field in _CONFIG_FIELDS[:-1]:
        if type(values[field]) is not bool:
            raise TypeError(f'config.{field}: expected bool, got {_type_name(values[field])}')
    gil = values['gil']
    if not isinstance(gil, str):
        raise TypeError(f'config.gil: expected str, got {_type_name(gil)}')
    if gil not in _GILS:
        raise ValueError(f'unsupported gil {gil!r}')
    return tuple(values[f] for f in _CONFIG_FIELDS)


def _resolve_config(config):
    if config is None or isinstance(config, str):
        return _config_tuple(new_config('isolated' if config is None else config))
    if isinstance(config, _types.SimpleNamespace):
        return _config_tuple(config)
    raise TypeError(f'bad config {config!r}')


def get_config(id, *, restrict=False):
    """get_config(id, *, restrict=False) -> types.SimpleNamespace

    Return a representation of the config used to initialize the interpreter."""
    _check_id(id)
    if restrict:
        _owned(id, 'get the config of')
    return _types.SimpleNamespace(**dict(zip(_CONFIG_FIELDS, _xi.unwrap(_ops.config(id)))))


# ---- lifecycle ----------------------------------------------------------------------------------

# Interpreters this one created with reqrefs=True (concurrent.interpreters.create()): CPython destroys those when
# their last Interpreter object goes, so at exit they count as left open only while such an object is alive.
_refcounted = set()


def create(config=None, *, reqrefs=False):
    """create([config], *, reqrefs=False) -> ID

    Create a new interpreter and return a unique generated ID.

    The caller is responsible for destroying the interpreter before exiting,
    typically by using _interpreters.destroy().  This can be managed
    automatically by passing "reqrefs=True" and then using _incref() and
    _decref() appropriately.

    "config" must be a valid interpreter config or the name of a
    predefined config ("isolated" or "legacy").  The default
    is "isolated"."""
    values = _resolve_config(config)
    if not values[0] and not values[5]:
        # CPython refuses a separate object allocator with single-phase extension modules allowed.
        raise InterpreterError('interpreter creation failed')
    # The host applies the config as it starts the interpreter: one hand-off, no exec afterwards.
    id = _xi.unwrap(_ops.create(values))
    if reqrefs:
        _refcounted.add(id)
    return id


def _still_referenced():
    """Whether subinterpreters are left that CPython would still have at exit (see _pep734_run._finalize)."""
    me = get_current()[0]
    left = [id for id, _ in list_all() if id not in (0, me)]
    if not left:
        return False
    if any(id not in _refcounted for id in left):
        return True
    import gc
    gc.collect()  # clears the weak references of Interpreter objects nobody holds
    high_level = _sys.modules.get('concurrent.interpreters')
    known = high_level._known if high_level is not None else {}
    return any(known.get(id) is not None for id in left)


def destroy(id, *, restrict=False):
    """destroy(id, *, restrict=False)

    Destroy the identified interpreter.

    Attempting to destroy the current interpreter raises InterpreterError.
    So does an unrecognized ID."""
    _check_id(id)
    _xi.unwrap(_ops.destroy(id))


def list_all(*, require_ready=False):
    """list_all() -> [(ID, whence)]

    Return a list containing the ID of every existing interpreter."""
    return [(row[0], row[1]) for row in _xi.unwrap(_ops.listAll())]


def get_current():
    """get_current() -> (ID, whence)

    Return the ID of current interpreter."""
    row = _xi.unwrap(_ops.current())
    return row[0], row[1]


def get_main():
    """get_main() -> (ID, whence)

    Return the ID of main interpreter."""
    return 0, WHENCE_RUNTIME


def whence(id):
    """whence(id) -> int

    Return an identifier for where the interpreter was created."""
    return _xi.unwrap(_ops.whence(_check_id(id)))


def is_running(id, *, restrict=False):
    """is_running(id, *, restrict=False) -> bool

    Return whether or not the identified interpreter is running."""
    return _xi.unwrap(_ops.isRunning(_check_id(id)))


def incref(id, *, implieslink=False, restrict=False):
    # Interpreters are destroyed only by destroy() here (no reliable finalizers on GraalPy).
    whence(id)


def decref(id, *, restrict=False):
    whence(id)


def _owned(id, action):
    """restrict=True: only interpreters this module created may be used (CPython: "unrecognized interpreter")."""
    if whence(id) != WHENCE_STDLIB:
        raise InterpreterError(f'cannot {action} unrecognized interpreter {id}')


def is_shareable(obj, /):
    """is_shareable(obj) -> bool

    Return True if the object's data may be shared between interpreters and
    False otherwise."""
    return _xi.is_shareable(obj)


# ---- running code -------------------------------------------------------------------------------

_INSTRUCTION = None


def _returns_only_none(code):
    """Whether every return of the code returns the constant None, as CPython requires of a script given as a
    function or code object. GraalPy has no dis module; its own disassembler lists each instruction, so a return
    must follow a load of the constant None. Where that listing cannot be read the code is taken as a script."""
    global _INSTRUCTION
    try:
        listing = __graalpython__.dis(code)
    except Exception:
        return True
    if _INSTRUCTION is None:
        import re
        # "   6 [022] 017 return   | ...": index, offset, opcode, name (nested functions get listings of their own).
        _INSTRUCTION = re.compile(r'\s*\d+ \[[0-9a-f]+\] [0-9a-f]+ (\S+)(.*)')
    sections = listing.split('Disassembly of ')
    if len(sections) < 2:
        return True
    loaded = ''
    for line in sections[1].splitlines():  # the code itself, not the functions nested in it
        match = _INSTRUCTION.match(line)
        if match is None:
            continue
        op = match.group(1)
        if op == 'return':
            if not loaded.startswith('load.constant') or 'constant(PNone None)' not in loaded:
                return False
        elif not op.startswith('c.Epilog'):
            loaded = op + match.group(2).split('|')[0]
    return True


def _script_code(code):
    """The code object of a function or code object given as a script: no arguments, no closure, no return
    value, as CPython requires."""
    if isinstance(code, _types.FunctionType):
        code = code.__code__
    if code.co_argcount or code.co_posonlyargcount or code.co_kwonlyargcount or code.co_flags & 0x0C:
        raise ValueError('code with args not supported')
    if code.co_freevars:
        raise ValueError('closures not supported')
    if not _returns_only_none(code):
        raise ValueError('code that returns a value is not a script')
    return code


def _script(code):
    if isinstance(code, (str, bytes)):
        source = code.decode('utf-8') if isinstance(code, bytes) else str(code)
        # Syntax errors are raised here, in the caller, as CPython does.
        compile(source, '<script>', 'exec')
        return 'src', source
    if isinstance(code, (_types.FunctionType, _types.CodeType)):
        return 'code', _marshal.dumps(_script_code(code))
    raise TypeError(f'unsupported script {code!r}')


def _excinfo(fields):
    name, qualname, module, msg, formatted, errdisplay = fields
    exctype = _types.SimpleNamespace(__name__=name, __qualname__=qualname, __module__=module)
    return _types.SimpleNamespace(type=exctype, msg=msg, formatted=formatted, errdisplay=errdisplay)


def _run(id, kind, payload, shared, restrict):
    # restrict: the host runs code only in interpreters this module created, whatever restrict says.
    if shared is not _NO_SHARED and shared:
        _bind(id, shared)
    _xi.sync_memory()
    try:
        fields = _xi.unwrap(_ops.exec(id, kind, payload))
    finally:
        _xi.sync_memory()
    return None if fields is None else _excinfo(fields)


def exec(id, code, shared=_NO_SHARED, *, restrict=False):
    """exec(id, code, shared=None, *, restrict=False)

    Execute the provided code in the identified interpreter.
    This is equivalent to running the builtin exec() under the target
    interpreter, using the __dict__ of its __main__ module as both
    globals and locals.

    "code" may be a string containing the text of a Python script.

    Functions (and code objects) are also supported, with some restrictions.
    The code/function must not take any arguments or be a closure
    (i.e. have cell vars).  Methods and other callables are not supported.

    If a function is provided, its code object is used and all its state
    is ignored, including its __globals__ dict."""
    _check_id(id)
    if shared is not _NO_SHARED:
        _check_dict(shared, 'exec', 3)
    kind, payload = _script(code)
    return _run(id, kind, payload, shared, restrict)


def run_string(id, script, shared=_NO_SHARED, *, restrict=False):
    """run_string(id, script, shared=None, *, restrict=False)

    Execute the provided string in the identified interpreter.

    (See _interpreters.exec()."""
    _check_id(id)
    if not isinstance(script, str):
        raise TypeError(f'_interpreters.run_string() argument 2 must be str, not {_type_name(script)}')
    if shared is not _NO_SHARED:
        _check_dict(shared, 'run_string', 3)
    source = str(script)
    compile(source, '<script>', 'exec')  # a SyntaxError is the caller's, before anything runs
    return _run(id, 'src', source, shared, restrict)


def run_func(id, func, shared=_NO_SHARED, *, restrict=False):
    """run_func(id, func, shared=None, *, restrict=False)

    Execute the body of the provided function in the identified interpreter.
    Code objects are also supported.  In both cases, closures and args
    are not supported.  Methods and other callables are not supported either.

    (See _interpreters.exec()."""
    _check_id(id)
    if not isinstance(func, (_types.FunctionType, _types.CodeType)):
        raise TypeError(f'_interpreters.run_func() argument 2 must be a function, not {_type_name(func)}')
    if shared is not _NO_SHARED:
        _check_dict(shared, 'run_func', 3)
    code = _script_code(func)
    return _run(id, 'code', _marshal.dumps(code), shared, restrict)


def call(id, callable, args=None, kwargs=None, *, preserve_exc=False, restrict=False):
    """call(id, callable, args=None, kwargs=None, *, restrict=False)

    Call the provided object in the identified interpreter.
    Pass the given args and kwargs, if possible."""
    _check_id(id)
    if args is not None and not isinstance(args, tuple):
        raise TypeError(f'_interpreters.call() argument 3 must be tuple, not {_type_name(args)}')
    if kwargs is not None and not isinstance(kwargs, dict):
        raise TypeError(f'_interpreters.call() argument 4 must be dict, not {_type_name(kwargs)}')
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


def _bind(id, updates):
    pairs = []
    for name, value in updates.items():
        if type(name) is not str:
            raise TypeError('bad argument type for built-in operation')
        _c_string(name)
        if '\0' in name:
            raise ValueError('embedded null character')
        pairs.append((name, _xi.encode(value)))
    _xi.sync_memory()
    try:
        _xi.unwrap(_ops.prepareMain(id, tuple(pairs)))
    finally:
        _xi.sync_memory()


def set___main___attrs(id, updates, *, restrict=False):
    """set___main___attrs(id, ns, *, restrict=False)

    Bind the given attributes in the interpreter's __main__ module."""
    _check_id(id)
    _check_dict(updates, 'set___main___attrs', 2)
    if not updates:
        raise ValueError('arg 2 must be a non-empty dict')
    _bind(id, updates)


def capture_exception(exc=None):
    """capture_exception(exc=None) -> types.SimpleNamespace

    Return a snapshot of an exception.  If "exc" is None
    then the current exception, if any, is used (but not cleared).

    The returned snapshot is the same as what _interpreters.exec() returns."""
    if exc is None:
        exc = _sys.exception()
        if exc is None:
            return None
    elif not isinstance(exc, BaseException):
        raise TypeError(f'expected exception, got {exc!r}')
    return _excinfo(_xi.excinfo(exc, skip=0))

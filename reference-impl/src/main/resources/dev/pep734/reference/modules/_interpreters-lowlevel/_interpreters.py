"""Low-level interpreters API of the first generation (the _interpreters-lowlevel profile): interpreters
are plain int IDs, code runs with run_string(), and every failure of an interpreter operation is a
RuntimeError (there is no InterpreterError yet). Delegates to the reference runtime's host object."""
import builtins as _builtins
import marshal as _marshal
import pickle as _pickle
import sys as _sys
import types as _types

import _pep734_xi as _xi

# This generation reports interpreter failures as RuntimeError ("Providing an invalid or unknown ID results
# in a RuntimeError, likewise if the main interpreter or any other running interpreter is used").
_xi.error_classes.update(InterpreterError=RuntimeError, InterpreterNotFoundError=RuntimeError,
                         NotShareableError=TypeError)

_ops = _xi.interpreters_ops


def _id(id):
    """An interpreter ID as the host takes it: a negative one is "invalid", hence a RuntimeError here."""
    if isinstance(id, int) and id < 0:
        raise RuntimeError(f'unrecognized interpreter ID {id}')
    return id


def enumerate():
    """Return a list of the IDs of every existing interpreter."""
    return [row[0] for row in _xi.unwrap(_ops.listAll())]


def get_current():
    """Return the ID of the currently running interpreter."""
    return _xi.unwrap(_ops.current())[0]


def get_main():
    """Return the ID of the main interpreter."""
    return 0


def is_running(id):
    """Return whether or not the identified interpreter is currently running any code."""
    return _xi.unwrap(_ops.isRunning(_id(id)))


def create():
    """Initialize a new Python interpreter and return its identifier (daemon threads allowed, as then)."""
    return _xi.unwrap(_ops.create(True))


def destroy(id):
    """Finalize and destroy the identified interpreter."""
    _xi.unwrap(_ops.destroy(_id(id)))


def run_string(id, command):
    """Run the Python program in the identified interpreter's __main__; its uncaught exception is raised
    here (SystemExit included)."""
    _run(id, command, None, False)


def run_string_unrestricted(id, command, ns=None):
    """Like run_string, but merge ns into the execution namespace first and return that namespace.

    The interpreters do not share objects here (each is its own GraalPy context): ns values and the
    returned namespace are copies; modules come back as this interpreter's module of the same name,
    functions and classes the command defined are rebuilt from their code with the returned dict as their
    globals, and values that cannot be copied (open files, instances of those classes, ...) are left out.
    """
    return _run(id, command, ns, True)


def _run(id, command, ns, want_ns):
    if not isinstance(command, str):
        raise TypeError(f'run_string() argument 2 must be str, not {type(command).__name__}')
    compile(command, '<string>', 'exec')  # a SyntaxError is the caller's, before anything runs
    shared = ()
    if ns is not None:
        shared = tuple((name, _dump(value)) for name, value in dict(ns).items())
    fn = _xi.encode_callable(_run_here)
    args = _xi.encode_args((command, shared, want_ns))
    _xi.sync_memory()
    try:
        reply = _xi.unwrap(_ops.call(_id(id), fn, args, ('n',)))
    finally:
        _xi.sync_memory()
    status = reply[0]
    if status != 'ok':
        # Only our own helper failed (it catches everything the command raises).
        raise RuntimeError(reply[1][4] if status == 'exc' else reply[1])
    outcome, payload = _xi.rebuild(reply[1])
    if outcome == 'raised':
        pickled, formatted = payload
        exc = None
        if pickled is not None:
            try:
                exc = _pickle.loads(pickled)
            except Exception:
                exc = None
        raise exc if isinstance(exc, BaseException) else RuntimeError(formatted)
    return _load_namespace(payload) if want_ns else None


def _dump(value):
    try:
        return _pickle.dumps(value)
    except Exception as e:
        raise TypeError(f'{value!r} cannot be copied to another interpreter') from e


def _run_here(command, shared, want_ns):
    """Runs in the target interpreter: binds the shared names, runs the command in __main__."""
    main = _sys.modules['__main__'].__dict__
    try:
        main.update((name, _pickle.loads(data)) for name, data in shared)
        exec(compile(command, '<string>', 'exec'), main)
    except BaseException as e:
        return 'raised', (_dump_exception(e), f'{type(e).__qualname__}: {e}')
    return 'ok', (_dump_namespace(main) if want_ns else None)


def _dump_exception(exc):
    # A class the command defined lives in this interpreter's __main__ only: it cannot be rebuilt there.
    if type(exc).__module__ == '__main__':
        return None
    try:
        data = _pickle.dumps(exc)
        _pickle.loads(data)
        return data
    except Exception:
        return None


def _dump_namespace(ns):
    rows = []
    for name, value in ns.items():
        if isinstance(value, _types.ModuleType):
            rows.append((name, 'module', value.__name__))
            continue
        if isinstance(value, _types.FunctionType) and value.__module__ == '__main__':
            function = _dump_function(value)
            if function is not None:
                rows.append((name, 'function', function))
            continue
        if isinstance(value, type) and value.__module__ == '__main__':
            cls = _dump_class(value)
            if cls is not None:
                rows.append((name, 'class', cls))
            continue
        if getattr(value, '__module__', None) == '__main__' or getattr(type(value), '__module__', None) == '__main__':
            continue  # defined by the command: only this interpreter has it
        try:
            rows.append((name, 'pickle', _pickle.dumps(value)))
        except Exception:
            continue
    return tuple(rows)


def _dump_function(fn):
    if fn.__closure__:
        return None
    try:
        return _pickle.dumps((_marshal.dumps(fn.__code__), fn.__name__, fn.__qualname__, fn.__defaults__,
                              fn.__kwdefaults__))
    except Exception:
        return None


def _dump_class(cls):
    """A class the command defined, as its name, bases (classes importable anywhere) and attributes."""
    if any(base.__module__ == '__main__' for base in cls.__bases__):
        return None
    attrs = []
    for key, value in vars(cls).items():
        if key in ('__dict__', '__weakref__'):
            continue
        if isinstance(value, _types.FunctionType):
            function = _dump_function(value)
            if function is not None:
                attrs.append((key, 'function', function))
            continue
        try:
            attrs.append((key, 'pickle', _pickle.dumps(value)))
        except Exception:
            continue
    try:
        return _pickle.dumps((cls.__name__, cls.__qualname__, cls.__bases__, tuple(attrs)))
    except Exception:
        return None


def _load_value(kind, payload, ns):
    if kind == 'function':
        code, fname, qualname, defaults, kwdefaults = _pickle.loads(payload)
        fn = _types.FunctionType(_marshal.loads(code), ns, fname, defaults)
        fn.__qualname__, fn.__kwdefaults__ = qualname, kwdefaults
        return fn
    if kind == 'class':
        name, qualname, bases, attrs = _pickle.loads(payload)
        body = {}
        for key, attr_kind, attr_payload in attrs:
            try:
                body[key] = _load_value(attr_kind, attr_payload, ns)
            except Exception:
                continue
        cls = type(name, bases, body)
        cls.__qualname__ = qualname
        return cls
    return _pickle.loads(payload)


def _load_namespace(rows):
    ns = {}
    for name, kind, payload in rows:
        if kind == 'module':
            if payload == 'builtins':
                ns[name] = _builtins
                continue
            module = _sys.modules.get(payload)
            if module is None and payload != '__main__':
                try:
                    module = __import__(payload, fromlist=['_'])
                except Exception:
                    module = None
            if module is not None:
                ns[name] = module
            continue
        try:
            ns[name] = _load_value(kind, payload, ns)
        except Exception:
            continue
    return ns

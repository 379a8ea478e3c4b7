# Runs the main interpreter's program like `python FILE`, `python -m MOD` or `python -c CODE`, and ends it
# like Py_FinalizeEx does: wait for non-daemon threads, run atexit hooks, flush. Returns
# (exit_code, error) where error is (name, qualname, module, message, traceback) for an uncaught exception.
import os
import sys


def run_file(path, argv):
    sys.argv = list(argv)
    # As CPython (3.9+): __main__.__file__ and the traceback's file are absolute; argv[0] stays as typed.
    path = os.path.abspath(path)
    sys.path.insert(0, os.path.dirname(path))
    main = sys.modules['__main__']
    main.__file__ = path
    main.__cached__ = None
    main.__spec__ = None

    def body():
        with open(path, 'rb') as f:
            source = f.read()
        exec(compile(source, path, 'exec'), main.__dict__)
    return _run(body, skip_frames=2)


def run_code(code, argv):
    sys.argv = ['-c'] + list(argv[1:])
    sys.path.insert(0, '')
    main = sys.modules['__main__']

    def body():
        exec(compile(code, '<string>', 'exec'), main.__dict__)
    return _run(body, skip_frames=2)


def run_module(name, argv):
    import runpy
    sys.argv = list(argv)
    sys.path.insert(0, os.getcwd())
    # runpy's frames stay in tracebacks, as with CPython's `-m`.
    return _run(lambda: runpy._run_module_as_main(name, alter_argv=True), skip_frames=2)


def _run(body, skip_frames):
    try:
        try:
            body()
        finally:
            _finalize()
    except SystemExit as e:
        return _exit_code(e), None
    except BaseException as e:
        tb = getattr(e, '__traceback__', None)
        for _ in range(skip_frames):
            if tb is not None and tb.tb_next is not None:
                tb = tb.tb_next
        if isinstance(e, SyntaxError) and tb is not None and tb.tb_next is None \
                and tb.tb_frame.f_globals is globals():
            # The program itself did not compile (the last frame is ours, not the program's): CPython shows no
            # frame above the SyntaxError, only its place. A SyntaxError the program raises keeps its frames.
            tb = None
        import traceback
        text = ''.join(traceback.format_exception(type(e), e, tb))
        _flush()
        sys.stderr.write(text)
        _flush()
        return 1, _describe(e, text)
    return 0, None


def _finalize():
    threading = sys.modules.get('threading')
    if threading is not None:
        threading._shutdown()
    atexit = sys.modules.get('atexit')
    if atexit is not None:
        atexit._run_exitfuncs()
    # No "remaining subinterpreters" RuntimeWarning: CPython warns only for interpreters whose
    # Interpreter object is still referenced (dropping it destroys them), which GraalPy cannot tell
    # reliably; a warning for `interpreters.create().call(...)` would be a false one.
    _flush()


def _flush():
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except Exception:
            pass


def _exit_code(e):
    code = e.code
    if code is None:
        return 0
    if isinstance(code, int):
        return code & 0xFF if code >= 0 else code & 0xFF
    _flush()
    sys.stderr.write(str(code) + '\n')
    _flush()
    return 1


def _describe(e, text):
    cls = type(e)
    module = getattr(cls, '__module__', 'builtins')
    qualname = cls.__qualname__ if module == 'builtins' else f'{module}.{cls.__qualname__}'
    try:
        message = str(e)
    except BaseException:
        message = '<exception str() failed>'
    return (cls.__name__, qualname, message, text)

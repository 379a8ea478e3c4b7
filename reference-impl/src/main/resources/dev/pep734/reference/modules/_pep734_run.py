# Runs the main interpreter's program like `python FILE`, `python -m MOD` or `python -c CODE` (and `-i`), and
# ends it like Py_FinalizeEx does: wait for non-daemon threads, run atexit hooks, warn about subinterpreters left
# open, flush. Returns (exit_code, error) where error is (name, qualname, module, message, traceback) for an
# uncaught exception. path0 is what goes first on sys.path (None under -P/-I); the host computed it and gives the
# same entry to every subinterpreter.
import os
import sys


def _first_on_path(path0):
    if path0 is not None:
        sys.path.insert(0, path0)
    # A fresh __main__ as CPython 3.14 makes one: no __annotations__ (annotations are lazy since 3.14; GraalPy's
    # 3.12 compiler adds the dict when code needs it). Subinterpreters start the same way (ProcessEnvironment).
    main = sys.modules['__main__']
    if not main.__dict__.get('__annotations__', True):
        del main.__annotations__


def run_file(path, argv, path0=None, inspect=False):
    sys.argv = list(argv)
    # As CPython (3.9+): __main__.__file__ and the traceback's file are absolute; argv[0] stays as typed.
    path = os.path.abspath(path)
    _first_on_path(path0)
    main = sys.modules['__main__']
    main.__file__ = path
    main.__cached__ = None
    main.__spec__ = None

    def body():
        with open(path, 'rb') as f:
            source = f.read()
        exec(compile(source, path, 'exec'), main.__dict__)
    return _run(body, 2, inspect)


def run_code(code, argv, path0='', inspect=False):
    sys.argv = ['-c'] + list(argv[1:])
    _first_on_path(path0)
    main = sys.modules['__main__']

    def body():
        exec(compile(code, '<string>', 'exec'), main.__dict__)
    return _run(body, 2, inspect)


def run_module(name, argv, path0=None, inspect=False):
    import runpy
    sys.argv = list(argv)
    _first_on_path(path0)
    # runpy's frames stay in tracebacks, as with CPython's `-m`.
    return _run(lambda: runpy._run_module_as_main(name, alter_argv=True), 2, inspect)


def run_interactive(_, argv, path0='', inspect=True):
    """`python -i` with no program: statements from stdin, one by one."""
    sys.argv = list(argv)
    _first_on_path(path0)
    return _run(lambda: None, 2, True)


def _run(body, skip_frames, inspect):
    try:
        try:
            try:
                body()
            except SystemExit:
                raise
            except BaseException as e:
                if not inspect:
                    raise
                # Under -i the traceback is shown and the session starts anyway, as CPython does.
                _report(e, skip_frames)
            if inspect:
                _interact(sys.modules['__main__'])
        finally:
            _finalize()
    except SystemExit as e:
        return _exit_code(e), None
    except BaseException as e:
        text = _report(e, skip_frames)
        return 1, _describe(e, text)
    return 0, None


def _report(e, skip_frames):
    """Prints an uncaught exception's traceback to stderr, without our own frames; returns the text."""
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
    return text


def _interact(main):
    """The interactive session of -i, as CPython's REPL behaves without a terminal: prompts on stderr, a statement
    runs once complete (a compound one at the blank line after it, or at end of input), expression values go
    through sys.displayhook, errors are printed and the session goes on, until end of input or exit()."""
    import traceback
    for name, prompt in (('ps1', '>>> '), ('ps2', '... ')):
        if not hasattr(sys, name):
            setattr(sys, name, prompt)
    lines = []
    while True:
        sys.stderr.write(str(sys.ps2 if lines else sys.ps1))
        sys.stderr.flush()
        line = sys.stdin.readline()
        if line:
            lines.append(line if line.endswith('\n') else line + '\n')
            if _needs_more(lines):
                continue
        elif not lines:
            return
        source = ''.join(lines)
        lines = []
        if not source.strip():
            continue
        try:
            code = compile(source, '<stdin>', 'single')
        except SyntaxError as e:
            _flush()
            sys.stderr.write(''.join(traceback.format_exception_only(type(e), e)))
            continue
        try:
            exec(code, main.__dict__)
        except SystemExit:
            raise
        except BaseException as e:
            _flush()
            sys.stderr.write(''.join(traceback.format_exception(type(e), e, e.__traceback__.tb_next)))
        _flush()


def _needs_more(lines):
    """Whether the statement read so far goes on: open brackets, strings or a line continuation; or a compound
    statement (a first line ending with ':'), which ends at a blank line."""
    import io
    import tokenize
    try:
        tokens = list(tokenize.generate_tokens(io.StringIO(''.join(lines)).readline))
    except tokenize.TokenError:
        return True
    except SyntaxError:
        return False  # compile() reports it
    if not lines[-1].strip():
        return False
    first_line = []
    for token in tokens:
        if token.type == tokenize.NEWLINE:
            break
        if token.type not in (tokenize.COMMENT, tokenize.NL):
            first_line.append(token)
    return bool(first_line) and (first_line[-1].string == ':' or first_line[0].string == '@')


def _finalize():
    from _pep734_exit import run_exit_handlers
    run_exit_handlers()
    _warn_remaining()
    _flush()


def _warn_remaining():
    """CPython 3.14.3 warns at exit when subinterpreters are left (it destroys them anyway). Those made by
    concurrent.interpreters.create() are destroyed there as soon as their last Interpreter object goes, so they
    count only while such an object is alive, which a garbage collection tells here; the low-level
    _interpreters.create() ones count until destroyed."""
    low_level = sys.modules.get('_interpreters')
    if low_level is None or not hasattr(low_level, '_still_referenced'):
        return
    try:
        if not low_level._still_referenced():
            return
    except Exception:
        return
    import warnings
    warnings.warn_explicit('remaining subinterpreters; close them with Interpreter.close()', RuntimeWarning,
                           '<sys>', 0)


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

# Run once in every new context, in a private namespace where `host` is this context's HostBridge.
# Installs a sys.meta_path finder that serves our modules from the runtime's resources, and teaches
# concurrent.futures to export InterpreterPoolExecutor lazily, as CPython 3.14 does.
# Only cheap imports here: importlib.abc/util pull in typing and pathlib (seconds of start-up on GraalPy).
import sys
import types
from marshal import loads as _marshal_loads
from importlib.machinery import ModuleSpec, PathFinder

_host_module = types.ModuleType('_pep734_host')
_host_module.host = host
sys.modules['_pep734_host'] = _host_module


class _Pep734Finder:
    """Serves the module names the host lists; wraps the stdlib concurrent.futures."""

    def __init__(self, host):
        self._host = host

    def find_spec(self, fullname, path=None, target=None):
        if fullname == 'concurrent.futures':
            spec = PathFinder.find_spec(fullname, path)
            if spec is not None:
                spec.loader = _FuturesLoader(spec.loader)
            return spec
        if fullname == 'linecache':
            spec = PathFinder.find_spec(fullname, path)
            if spec is not None:
                spec.loader = _LinecacheLoader(spec.loader, self)
            return spec
        kind = self._host.moduleKind(fullname)
        if kind is None:
            return None
        spec = ModuleSpec(fullname, self, origin='<pep734 ' + fullname + '>', is_package=(kind == 'package'))
        if kind == 'package':
            spec.submodule_search_locations = []
        return spec

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        # Compiled once per JVM and marshalled by the host; compiled here only if the host has no code for it.
        code = self._host.moduleCode(module.__name__)
        if code is None:
            code = compile(self._host.moduleSource(module.__name__), module.__spec__.origin, 'exec')
        else:
            code = _marshal_loads(code.encode('latin-1'))
        exec(code, module.__dict__)
        self._served.append(module.__name__)
        if 'linecache' in sys.modules:
            self.show_source(sys.modules['linecache'], module.__name__)

    # The modules this finder ran, whose source tracebacks show.
    _served = []

    def show_source(self, linecache, name):
        """Tracebacks show the lines of our modules (named '<pep734 NAME>', which linecache never reads itself)."""
        origin = '<pep734 ' + name + '>'
        source = self._host.moduleSource(name)
        if source is not None:
            linecache.cache[origin] = (len(source), None, source.splitlines(True), origin)


class _LinecacheLoader:
    """Runs the stdlib linecache, then gives it the source of our modules imported before it (importing linecache
    at start-up would cost every interpreter tokenize and more)."""

    def __init__(self, loader, finder):
        self._loader = loader
        self._finder = finder

    def create_module(self, spec):
        return self._loader.create_module(spec)

    def exec_module(self, module):
        self._loader.exec_module(module)
        for name in self._finder._served:
            self._finder.show_source(module, name)


class _FuturesLoader:
    """Runs the stdlib package, then adds the lazy InterpreterPoolExecutor export."""

    def __init__(self, loader):
        self._loader = loader

    def create_module(self, spec):
        return self._loader.create_module(spec)

    def exec_module(self, module):
        self._loader.exec_module(module)
        previous = module.__dict__.get('__getattr__')
        # As CPython 3.14: without _interpreters (sys.modules['_interpreters'] = None, say) there is no
        # InterpreterPoolExecutor, neither as an attribute nor in __all__.
        try:
            import _interpreters  # noqa: F401
        except ImportError:
            return

        def __getattr__(name):
            if name == 'InterpreterPoolExecutor':
                from concurrent.futures.interpreter import InterpreterPoolExecutor
                module.InterpreterPoolExecutor = InterpreterPoolExecutor
                return InterpreterPoolExecutor
            if previous is not None:
                return previous(name)
            raise AttributeError(f"module {module.__name__!r} has no attribute {name!r}")

        module.__getattr__ = __getattr__
        exported = module.__dict__.get('__all__')
        if exported is not None and 'InterpreterPoolExecutor' not in exported:
            module.__all__ = tuple(exported) + ('InterpreterPoolExecutor',)


sys.meta_path.insert(0, _Pep734Finder(host))

# Pipes are process-wide in CPython: make os.pipe() descriptors usable from every interpreter (see _pep734_fds).
import _pep734_fds
_pep734_fds.install()
del _pep734_fds

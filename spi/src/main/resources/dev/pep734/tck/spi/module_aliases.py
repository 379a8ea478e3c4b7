# Installed by the PEP 734 TCK in every interpreter of a run that maps module names (pep734.tck.modules):
# importing an alias, or a submodule of one, gives the target module itself. Python 3.7+, stdlib only.
import importlib
import importlib.abc
import importlib.machinery
import importlib.util
import os
import sys

ALIASES = {}


def _target_of(name):
    for alias, target in ALIASES.items():
        if name == alias or name.startswith(alias + "."):
            return target + name[len(alias):]
    return None


class _AliasLoader(importlib.abc.Loader):
    """Hands out the target module; the import system then files it under the alias in sys.modules."""

    def __init__(self, target):
        self._target = target
        self._spec = None

    def create_module(self, spec):
        module = importlib.import_module(self._target)
        self._spec = getattr(module, "__spec__", None)
        return module

    def exec_module(self, module):
        # The import system set __spec__ to the alias's spec; the module keeps its own identity.
        if self._spec is not None:
            module.__spec__ = self._spec


class _AliasFinder(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        real = _target_of(name)
        if real is None:
            return None
        if real in sys.modules:
            return importlib.util.spec_from_loader(name, _AliasLoader(real))
        try:
            found = importlib.util.find_spec(real)
        except (ImportError, ValueError):
            found = None
        # An alias whose target does not exist is as missing as any other module: ModuleNotFoundError.
        return None if found is None else importlib.util.spec_from_loader(name, _AliasLoader(real))


def _install():
    if not any(type(f).__name__ == "_AliasFinder" for f in sys.meta_path):
        sys.meta_path.insert(0, _AliasFinder())


def _chain_site_customize():
    """Runs the sitecustomize this one shadows, if the runtime has one further down sys.path."""
    here = os.path.dirname(os.path.abspath(__file__)) if "__file__" in globals() else None
    if here is None:
        return
    rest = [p for p in sys.path if os.path.abspath(p or os.curdir) != here]
    spec = importlib.machinery.PathFinder.find_spec("sitecustomize", rest)
    if spec is not None and spec.loader is not None:
        spec.loader.exec_module(importlib.util.module_from_spec(spec))


_install()
_chain_site_customize()

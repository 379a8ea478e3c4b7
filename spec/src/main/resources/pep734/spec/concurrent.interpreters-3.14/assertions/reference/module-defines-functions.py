# ---
# clause: section:reference
# quote: This module defines the following functions:
# level: must
# features: lifecycle
# description: list_all, get_current, get_main and create are plain functions of the module, exported in __all__
# ---
import inspect
from concurrent import interpreters


def main():
    for name in ("list_all", "get_current", "get_main", "create"):
        fn = getattr(interpreters, name, None)
        assert fn is not None, f"concurrent.interpreters has no {name}"
        assert callable(fn) and not inspect.isclass(fn), f"{name} is {fn!r}, not a function"
        assert name in interpreters.__all__, f"{name} is missing from __all__"
        params = [p for p in inspect.signature(fn).parameters.values() if p.default is inspect.Parameter.empty]
        assert not params, f"{name}() requires parameters {params}; the document shows {name}()"


if __name__ == "__main__":
    main()

# ---
# clause: section:interpreters-multiple-interpreters-in-the-same-process
# quote: Source code: Lib/interpreters/__init__.py
# level: should
# description: interpreters is a package (its code is interpreters/__init__.py) whose submodules queues and channels import
# ---
import importlib

import interpreters


def main():
    assert hasattr(interpreters, "__path__"), "interpreters is a plain module, not the package Lib/interpreters/"
    for name in ("interpreters.queues", "interpreters.channels"):
        mod = importlib.import_module(name)
        # Its __name__ is not checked: a runtime may ship the package under another name and map it (the TCK's
        # pep734.tck.modules); the sentence is about where the code lives, not about the module's own name.
        child = getattr(interpreters, name.rsplit(".", 1)[1], None)
        assert child is mod, f"import {name} gave {mod!r}, but interpreters.{name.rsplit('.', 1)[1]} is {child!r}"


if __name__ == "__main__":
    main()

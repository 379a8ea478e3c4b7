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
        assert mod.__name__ == name, f"importing {name} gave a module named {mod.__name__}"


if __name__ == "__main__":
    main()

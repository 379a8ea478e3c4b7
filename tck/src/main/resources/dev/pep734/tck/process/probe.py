# Run once by the TCK's process adapter to ask a Python what it is and whether it has the module of
# profile concurrent.interpreters-3.14. Prints "pep734-probe KEY=VALUE" lines, each value on one line.
# Python 3.12 syntax, standard library only.
import platform
import sys

try:
    import concurrent.interpreters  # noqa: F401
    has_interpreters = "yes"
except ImportError:
    has_interpreters = "no"

answers = {
    "implementation": sys.implementation.name,
    "name": platform.python_implementation(),
    "version": platform.python_version(),
    "sys_version": " ".join(sys.version.split()),
    "executable": sys.executable,
    "concurrent_interpreters": has_interpreters,
}
for key, value in answers.items():
    print("pep734-probe %s=%s" % (key, " ".join(str(value).split())))

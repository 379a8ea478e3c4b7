# ---
# clause: section:interpreters-low-level-interpreters-api
# quote: It defines the following functions:
# quote: This module is optional.
# quote: It is provided by Python implementations which support multiple interpreters.
# level: must
# features: lowlevel
# description: _interpreters imports and defines the eight documented functions as callables, and they really create and destroy an interpreter
# ---
import _interpreters

NAMES = ("enumerate", "get_current", "get_main", "is_running", "create", "destroy", "run_string",
         "run_string_unrestricted")


def main():
    missing = [n for n in NAMES if not callable(getattr(_interpreters, n, None))]
    assert not missing, f"_interpreters lacks the documented functions {missing}"
    # An implementation that provides the module must support multiple interpreters, not stub them.
    before = [int(i) for i in _interpreters.enumerate()]
    interp = _interpreters.create()
    try:
        now = [int(i) for i in _interpreters.enumerate()]
        assert len(now) == len(before) + 1 and int(interp) in now and int(interp) not in before, (
            f"create() returned {interp!r}; enumerate() went from {before} to {now}")
        _interpreters.run_string(interp, "x = 1")
    finally:
        _interpreters.destroy(interp)
    after = [int(i) for i in _interpreters.enumerate()]
    assert sorted(after) == sorted(before), f"after destroy() enumerate() is {after}; expected {before}"


if __name__ == "__main__":
    main()

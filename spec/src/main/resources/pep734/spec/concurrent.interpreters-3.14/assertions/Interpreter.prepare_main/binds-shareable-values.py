# ---
# clause: api:Interpreter.prepare_main
# quote: Bind "shareable" objects in the interpreter's __main__ module.
# level: must
# features: shareable
# description: shareable values bound with prepare_main arrive in the sub's __main__ with the same type and value
# ---
from concurrent import interpreters

VALUES = {
    "v_none": None, "v_true": True, "v_false": False, "v_zero": 0, "v_neg": -7,
    "v_max64": 2**63 - 1, "v_min64": -2**63, "v_float": 1.5, "v_negzero": -0.0,
    "v_nan": float("nan"), "v_inf": float("-inf"), "v_str": "h\xe9llo \U0001F600", "v_empty": "",
    "v_nul": "a\x00b", "v_surrogate": "\ud800", "v_bytes": b"\x00\xff", "v_tuple": (1, ("a", b"b"), None),
}

# runs in the sub: (name, type name, repr) of every bound value, so the sub sees exactly what arrived
CHECK = """
import math
_seen = {}
for _n in %r:
    _v = globals()[_n]
    _seen[_n] = (type(_v).__name__, repr(_v), math.copysign(1.0, _v) if type(_v) is float else None)
"""


def describe(v):
    import math
    return (type(v).__name__, repr(v), math.copysign(1.0, v) if type(v) is float else None)


def main():
    interp = interpreters.create()
    try:
        interp.prepare_main(VALUES)
        interp.exec(CHECK % (sorted(VALUES),))
        for name, value in VALUES.items():
            interp.prepare_main(_name=name, _expected=repr(describe(value)))
            interp.exec(
                "assert repr(_seen[_name]) == _expected, "
                "f'{_name}: sub sees (type, repr, sign) {_seen[_name]!r}, main bound {_expected}'\n")
    finally:
        interp.close()


if __name__ == "__main__":
    main()

# ---
# clause: api:run_string_unrestricted
# quote: It also supports providing a namespace that gets merged into the execution namespace before execution.
# level: must
# features: lowlevel
# description: names given in ns are visible to the code, override older values, and the names already there stay
# ---
import _interpreters


def main():
    interp = _interpreters.create()
    try:
        _interpreters.run_string(interp, "a = 1\nb = 'old'\n")
        ns = _interpreters.run_string_unrestricted(interp, "c = (a, b, n * 2, s.upper())\n",
                                                   {"b": "new", "n": 21, "s": "spam"})
        assert tuple(ns["c"]) == (1, "new", 42, "SPAM"), (
            f"with ns={{'b': 'new', 'n': 21, 's': 'spam'}} the code computed {ns['c']!r}; expected (1, 'new', 42, 'SPAM')")
        ns2 = _interpreters.run_string_unrestricted(interp, "d = (a, b, n)\n")
        assert tuple(ns2["d"]) == (1, "new", 21), f"the merged names did not stay in the namespace: {ns2['d']!r}"
        ns3 = _interpreters.run_string_unrestricted(interp, "e = a\n", None)
        assert ns3["e"] == 1, "ns=None changed the namespace"
    finally:
        _interpreters.destroy(interp)


if __name__ == "__main__":
    main()

# ---
# clause: api:run_string_unrestricted
# quote: Like run_string but returns the dict in which the code was executed.
# level: must
# features: lowlevel
# description: the result is a dict holding the names the code bound (values intact), __name__ '__main__', and names bound by earlier runs
# ---
import _interpreters


def main():
    interp = _interpreters.create()
    try:
        _interpreters.run_string(interp, "earlier = 'kept'\n")
        ns = _interpreters.run_string_unrestricted(interp, (
            "answer = 6 * 7\n"
            "text = 'sp\u00e4m'\n"
            "data = b'\\x00\\xff'\n"
            "pair = (1, 2.5, None)\n"))
        assert isinstance(ns, dict), f"run_string_unrestricted returned {type(ns).__name__}; expected dict"
        assert ns.get("answer") == 42 and ns.get("text") == "sp\u00e4m" and ns.get("data") == b"\x00\xff", (
            f"the returned namespace holds answer={ns.get('answer')!r} text={ns.get('text')!r} data={ns.get('data')!r}")
        assert tuple(ns.get("pair")) == (1, 2.5, None), f"pair came back as {ns.get('pair')!r}"
        assert ns.get("earlier") == "kept", "the namespace is not the one earlier run_string calls used"
        assert ns.get("__name__") == "__main__", f"__name__ in the namespace is {ns.get('__name__')!r}"
    finally:
        _interpreters.destroy(interp)


if __name__ == "__main__":
    main()

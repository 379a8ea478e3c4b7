# ---
# clause: section:interp-script-args
# quote: It binds values to names in the interpreter's __main__ module, which makes them available to any scripts that run in the interpreter after that:
# level: must
# features: prepare_main, shareable
# description: prepare_main() binds equal values of the same types in that interpreter's __main__ only, for every later exec()
# ---
import __main__
from concurrent import interpreters


def main():
    values = dict(spam=42, eggs="eggs \u00e9", ham=b"\x00ham", none=None, flag=True, ratio=1.5,
                  pair=(1, ("two", None)))
    interp = interpreters.create()
    other = interpreters.create()
    out = interpreters.create_queue()
    try:
        interp.prepare_main(out=out, **values)
        other.prepare_main(out=out)
        for _ in range(2):     # any scripts run after that, not just the next one
            interp.exec("import __main__\n"
                        "names = ['spam', 'eggs', 'ham', 'none', 'flag', 'ratio', 'pair']\n"
                        "out.put([(getattr(__main__, n), type(getattr(__main__, n)).__name__) for n in names])\n")
            got = out.get(timeout=10)
            expected = [(v, type(v).__name__) for v in values.values()]
            assert got == expected, f"bound values read back as {got!r}, expected {expected!r}"
        other.exec("out.put('spam' in globals())")
        assert out.get(timeout=10) is False, "prepare_main() on one interpreter bound the name in another"
        assert not hasattr(__main__, "spam"), "prepare_main() bound the name in the main interpreter's __main__"
        interp.prepare_main(spam=43)
        interp.exec("out.put(spam)")
        assert out.get(timeout=10) == 43, "a second prepare_main() did not rebind the name"
    finally:
        interp.close()
        other.close()


if __name__ == "__main__":
    main()

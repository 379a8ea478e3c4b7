# ---
# clause: section:key-details
# quote: In the context of multiple interpreters, "isolated" means that different interpreters do not share any state.
# level: must
# features: isolation
# description: globals and builtins are per interpreter: names set in main, in one sub or in builtins do not leak into another
# ---
import builtins
from concurrent import interpreters

MAIN_GLOBAL = "main"


def main():
    builtins.tck_shared_builtin = "main"
    a = interpreters.create()
    try:
        b = interpreters.create()
        try:
            a.exec("import builtins\nbuiltins.tck_from_a = 1\nfrom_a = 1\n")
            b.exec(
                "import builtins\n"
                "for _n in ('tck_shared_builtin', 'tck_from_a'):\n"
                "    assert not hasattr(builtins, _n), f'builtins.{_n} leaked into interpreter b'\n"
                "for _n in ('MAIN_GLOBAL', 'from_a'):\n"
                "    assert _n not in globals(), f'global {_n} leaked into interpreter b'\n")
            assert not hasattr(builtins, "tck_from_a"), "builtins.tck_from_a set in a sub leaked into main"
        finally:
            b.close()
    finally:
        a.close()
        del builtins.tck_shared_builtin


if __name__ == "__main__":
    main()

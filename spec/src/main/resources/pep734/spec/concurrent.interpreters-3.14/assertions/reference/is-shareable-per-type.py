# ---
# clause: section:reference
# level: should
# features: shareable
# description: is_shareable() judges the type: True for a big int and for a tuple holding a list (which prepare_main still refuses)
# ---
from concurrent import interpreters


def main():
    for value in (2 ** 100, (1, [2])):
        assert interpreters.is_shareable(value) is True, (
            f"is_shareable({value!r}) is {interpreters.is_shareable(value)!r}; CPython checks the type only")
    interp = interpreters.create()
    try:
        for value in (2 ** 100, (1, [2])):
            try:
                interp.prepare_main(v=value)
            except interpreters.NotShareableError:
                pass
            else:
                raise AssertionError(f"prepare_main accepted {value!r}; CPython refuses it despite is_shareable()")
    finally:
        interp.close()


if __name__ == "__main__":
    main()

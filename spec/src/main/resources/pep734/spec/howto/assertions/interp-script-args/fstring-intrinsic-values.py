# ---
# clause: section:interp-script-args
# quote: Perhaps the simplest approach: you can use an f-string or format string for the script and interpolate the required values:
# quote: This works especially well for intrinsic values.
# level: must
# features: exec
# description: intrinsic values interpolated with !r into exec() source arrive intact (unicode, escapes, NUL, bytes, floats, big ints)
# ---
from concurrent import interpreters

VALUES = [
    42, -2**70, 1.5, -0.0, 1e-300, True, None,
    "spam", "quote ' and \" and \\ backslash", "line\nbreak\ttab", "nul \x00 inside",
    "\u00e9\u4e2d\U0001F600", "lone surrogate \ud800",
    b"\x00\xff bytes", (1, ("nested", b"x", None)),
]


def main():
    interp = interpreters.create()
    out = interpreters.create_queue()
    try:
        interp.prepare_main(out=out)
        for n, value in enumerate(VALUES):
            interp.exec(f"value_{n} = {value!r}\n"
                        f"out.put(repr(value_{n}))\n")
            got = out.get(timeout=10)
            assert got == repr(value), f"interpolated {value!r}, the interpreter has {got}"
    finally:
        interp.close()


if __name__ == "__main__":
    main()

# ---
# clause: section:interp-shareable-objects
# quote: the object is actually shared by the interpreters (e.g. None)
# level: must
# features: shareable
# description: None bound with prepare_main is the subinterpreter's own None singleton (is None), and True/False are its True/False
# ---
import interpreters


def main():
    interp = interpreters.create()
    try:
        interp.prepare_main(n=None, t=True, f=False)
        interp.exec("assert n is None, repr(n)\nassert t is True and f is False, (t, f)\n")
    except interpreters.ExecutionFailed as e:
        raise AssertionError(f"None/True/False did not arrive as the singletons: {e}")
    finally:
        interp.close()


if __name__ == "__main__":
    main()

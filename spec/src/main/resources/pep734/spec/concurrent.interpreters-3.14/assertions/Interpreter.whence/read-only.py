# ---
# clause: api:Interpreter.whence
# quote: (read-only)
# level: must
# features: lifecycle
# description: assigning or deleting whence raises AttributeError and leaves the value as it was
# ---
from concurrent import interpreters


def main():
    interp = interpreters.create()
    try:
        original = interp.whence
        for attempt in ("assign", "delete"):
            try:
                if attempt == "assign":
                    interp.whence = "forged"
                else:
                    del interp.whence
            except AttributeError:
                pass
            else:
                raise AssertionError(f"{attempt} of whence succeeded; it is documented read-only")
        assert interp.whence == original, f"whence changed from {original!r} to {interp.whence!r}"
        main_interp = interpreters.get_main()
        try:
            main_interp.whence = "forged"
        except AttributeError:
            pass
        else:
            raise AssertionError("whence of the main interpreter could be assigned")
    finally:
        interp.close()


if __name__ == "__main__":
    main()

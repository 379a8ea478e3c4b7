# ---
# clause: api:Interpreter.prepare_main
# quote: Bind "shareable" objects in __main__.
# level: must
# features: shareable, errors
# description: a non-shareable keyword value raises NotShareableError and binds none of the call's names, not even the shareable ones
# includes: raising.py
# ---
import interpreters


def main():
    interp = interpreters.create()
    try:
        with must_raise(interpreters.NotShareableError, "prepare_main(bad=[1, 2])"):
            interp.prepare_main(good=1, bad=[1, 2], also_good="x")
        try:
            interp.exec("names = [k for k in ('good', 'bad', 'also_good') if k in globals()]\n"
                        "assert names == [], names\n")
        except interpreters.ExecutionFailed as e:
            raise AssertionError(f"a refused prepare_main() call bound some names: {e}")
    finally:
        interp.close()


if __name__ == "__main__":
    main()

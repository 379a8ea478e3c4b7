# ---
# clause: section:key-details
# quote: limited callables
# level: should
# features: call
# description: call() runs a self-contained function but refuses a closure with NotShareableError, without running it
# ---
import interpreters


def make_closure(q):
    def closure():
        q.put("ran")
    return closure


def main():
    interp = interpreters.create()
    q = interpreters.create_queue()
    try:
        try:
            interp.call(make_closure(q))
        except interpreters.NotShareableError:
            pass
        except Exception as e:
            raise AssertionError(f"call() of a closure raised {type(e).__name__}: {e}; expected NotShareableError")
        else:
            raise AssertionError("call() of a closure over a queue ran; callables are limited")
        assert q.empty(), "the refused closure ran anyway"
    finally:
        interp.close()


if __name__ == "__main__":
    main()

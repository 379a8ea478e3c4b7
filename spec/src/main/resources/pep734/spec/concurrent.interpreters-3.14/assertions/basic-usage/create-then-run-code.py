# ---
# clause: section:basic-usage
# quote: Creating an interpreter and running code in it:
# level: must
# features: lifecycle
# description: each way the example runs code (exec of a string, of dedented source, call, call_in_thread) runs it in the new interpreter
# ---
from textwrap import dedent
from concurrent import interpreters


def record(q, how):
    from concurrent import interpreters as inner
    q.put((how, inner.get_current().id))


def main():
    q = interpreters.create_queue()
    interp = interpreters.create()
    try:
        interp.prepare_main(q=q)
        interp.exec("from concurrent import interpreters as inner\nq.put(('exec', inner.get_current().id))")
        interp.exec("""if True:
            from concurrent import interpreters as inner
            q.put(('if-true', inner.get_current().id))
            """)
        interp.exec(dedent("""
            from concurrent import interpreters as inner
            q.put(('dedent', inner.get_current().id))
            """))
        interp.call(record, q, "call")
        interp.call_in_thread(record, q, "thread").join(30)
        got = [q.get(timeout=10) for _ in range(5)]
        expected = [(how, interp.id) for how in ("exec", "if-true", "dedent", "call", "thread")]
        assert got == expected, f"runs reported {got}; expected {expected}"
    finally:
        interp.close()


if __name__ == "__main__":
    main()

# ---
# clause: section:interp-examples
# quote: Creating an interpreter and running code in it:
# level: must
# description: the calls of the example do what it says: exec() of a string and of indented triple-quoted source, call(run) and call_in_thread(run).join() all run in the new interpreter
# includes: queues_imported.py
# ---
import interpreters


def run():
    import __main__
    import interpreters
    __main__.q.put(("run", interpreters.get_current().id))


def main():
    interp = interpreters.create()
    q = interpreters.create_queue()
    try:
        import_queues_in(interp)
        interp.prepare_main(q=q)
        interp.exec('import interpreters\nq.put(("exec", interpreters.get_current().id))')
        interp.exec("""
            import interpreters
            q.put(("exec-indented", interpreters.get_current().id))
            """)
        interp.call(run)
        t = interp.call_in_thread(run)
        t.join(30)
        got = [q.get(timeout=10) for _ in range(4)]
        expected = [(kind, interp.id) for kind in ("exec", "exec-indented", "run", "run")]
        assert got == expected, f"the example's four runs reported {got!r}; expected {expected!r}"
    finally:
        interp.close()


if __name__ == "__main__":
    main()

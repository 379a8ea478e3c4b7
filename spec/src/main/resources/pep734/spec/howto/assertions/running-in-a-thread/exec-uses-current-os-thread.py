# ---
# clause: section:running-in-a-thread
# quote: In the same way, running code in another interpreter doesn't create (or need) a new thread.
# quote: It uses the current OS thread, switching to the interpreter long enough to run the code.
# level: must
# features: threads
# description: exec() and call() run on the caller's OS thread (main or not), start no thread, and return to the caller's interpreter
# ---
import threading
from concurrent import interpreters


def native_id_and_current():
    import threading
    from concurrent import interpreters
    return threading.get_native_id(), interpreters.get_current().id


def check_from(interp, out, who):
    tid = threading.get_native_id()
    threads_before = threading.active_count()
    interp.exec("import threading\n"
                "from concurrent import interpreters\n"
                "out.put((threading.get_native_id(), interpreters.get_current().id))\n")
    got_tid, got_interp = out.get(timeout=10)
    assert got_tid == tid, f"exec() from the {who} thread ran on OS thread {got_tid}, the caller is {tid}"
    assert got_interp == interp.id, f"inside exec() get_current() is {got_interp}, expected {interp.id}"
    got = interp.call(native_id_and_current)
    assert got == (tid, interp.id), (
        f"call() from the {who} thread ran on (OS thread, interpreter) {got}, expected {(tid, interp.id)}")
    assert threading.active_count() == threads_before, (
        f"threads: {threads_before} before, {threading.active_count()} after exec()/call(): a thread was left behind")
    cur = interpreters.get_current().id
    assert cur == 0, f"after exec() returned, the {who} thread is in interpreter {cur}, not back in the main one"


def main():
    interp = interpreters.create()
    out = interpreters.create_queue()
    try:
        interp.prepare_main(out=out)
        check_from(interp, out, "main")
        errors = []

        def worker():
            try:
                check_from(interp, out, "second")
            except BaseException as exc:
                errors.append(exc)

        t = threading.Thread(target=worker)
        t.start()
        t.join(60)
        assert not t.is_alive(), "exec() from a second thread did not finish"
        if errors:
            raise errors[0]
    finally:
        interp.close()


if __name__ == "__main__":
    main()

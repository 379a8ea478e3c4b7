# ---
# clause: api:create
# quote: Initialize a new (idle) Python interpreter and return a Interpreter object for it.
# level: should
# features: lifecycle
# description: a subinterpreter can create (and close) an interpreter; its id is new process-wide and main lists it
# ---
from concurrent import interpreters


def make_child(report, seen):
    from concurrent import interpreters
    child = interpreters.create()
    report.put(child.id)
    seen.get(timeout=60)  # wait until main has looked
    child.exec("y = 2")
    child.close()


def main():
    report = interpreters.create_queue()
    seen = interpreters.create_queue()
    parent = interpreters.create()
    try:
        t = parent.call_in_thread(make_child, report, seen)
        child_id = report.get(timeout=60)
        ids = [i.id for i in interpreters.list_all()]
        assert child_id not in (0, parent.id), f"the nested interpreter got id {child_id}, already taken"
        assert child_id in ids, f"main must list the interpreter {child_id} created inside {parent.id}: {ids}"
        seen.put("seen")
        t.join(60)
        ids = [i.id for i in interpreters.list_all()]
        assert child_id not in ids, f"the nested interpreter {child_id} was closed but is still listed: {ids}"
    finally:
        parent.close()


if __name__ == "__main__":
    main()

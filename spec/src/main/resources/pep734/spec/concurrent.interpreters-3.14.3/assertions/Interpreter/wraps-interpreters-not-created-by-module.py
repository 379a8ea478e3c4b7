# ---
# clause: api:Interpreter
# quote: In addition to interpreters created by this module (via create), an Interpreter object may wrap interpreters not created by the module.
# level: must
# features: lifecycle
# description: the main interpreter, which create() did not make, is an Interpreter object in list_all(), with an id and a running state
# ---
from concurrent import interpreters


def main():
    m = interpreters.get_main()
    made = interpreters.create()
    try:
        assert type(m) is interpreters.Interpreter, f"get_main() returned {m!r}"
        assert m.id != made.id, "the main interpreter has the id of a created one"
        listed = {i.id: i for i in interpreters.list_all()}
        assert m.id in listed and made.id in listed, f"list_all() ids {sorted(listed)} lack {m.id} or {made.id}"
        assert isinstance(listed[m.id], interpreters.Interpreter), listed[m.id]
        assert m.is_running() is True and made.is_running() is False, (
            f"is_running(): main {m.is_running()!r} (it runs this script), created {made.is_running()!r}")
    finally:
        made.close()


if __name__ == "__main__":
    main()

# ---
# clause: api:Interpreter
# quote: Instead, use create or one of the other module functions.
# level: should
# description: create, list_all, get_current and get_main all hand out Interpreter objects that Interpreter(id) agrees with
# ---
from concurrent import interpreters


def main():
    interp = interpreters.create()
    try:
        found = {"create()": interp, "get_main()": interpreters.get_main(), "get_current()": interpreters.get_current()}
        for i in interpreters.list_all():
            found[f"list_all()[id {i.id}]"] = i
        for where, obj in found.items():
            assert type(obj) is interpreters.Interpreter, f"{where} returned {type(obj).__name__}, not Interpreter"
            same = interpreters.Interpreter(obj.id)
            assert same is obj, f"Interpreter({obj.id}) is not the object {where} returned ({same!r} vs {obj!r})"
    finally:
        interp.close()


if __name__ == "__main__":
    main()

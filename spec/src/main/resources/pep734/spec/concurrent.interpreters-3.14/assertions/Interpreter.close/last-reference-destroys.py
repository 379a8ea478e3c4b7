# ---
# clause: api:Interpreter.close
# level: should
# features: lifecycle
# description: an interpreter made by create() is destroyed when its last Interpreter object is garbage-collected
# ---
import gc
from concurrent import interpreters


def main():
    interp = interpreters.create()
    old = interp.id
    interp.exec("x = 1")
    del interp
    gc.collect()
    ids = [i.id for i in interpreters.list_all()]
    assert old not in ids, (
        f"interpreter {old} is still listed ({ids}) after its only Interpreter object was dropped; CPython "
        "destroys it (if this fails, check that the owning object releases the interpreter on finalization)")


if __name__ == "__main__":
    main()

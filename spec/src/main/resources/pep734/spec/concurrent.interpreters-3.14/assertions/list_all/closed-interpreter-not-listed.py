# ---
# clause: api:list_all
# quote: Return a list of Interpreter objects, one for each existing interpreter.
# level: must
# features: lifecycle
# description: an interpreter closed with close() no longer exists and is no longer listed
# ---
from concurrent import interpreters


def main():
    keep = interpreters.create()
    try:
        gone = interpreters.create()
        gone_id = gone.id
        try:
            listed = [i.id for i in interpreters.list_all()]
            assert gone_id in listed, f"freshly created interpreter {gone_id} must be listed, got {listed}"
        finally:
            gone.close()
        listed = [i.id for i in interpreters.list_all()]
        assert gone_id not in listed, (
            f"interpreter {gone_id} was closed (it no longer exists) but list_all() still lists it: {listed}; "
            "if this fails, check that close() removes the interpreter from the registry")
        assert keep.id in listed and 0 in listed, (
            f"closing one interpreter must not drop the others: expected {keep.id} and 0 in {listed}")
    finally:
        keep.close()


if __name__ == "__main__":
    main()

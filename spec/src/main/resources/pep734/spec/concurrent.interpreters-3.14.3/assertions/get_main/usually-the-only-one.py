# ---
# clause: api:get_main
# quote: It is usually the only one.
# level: should
# features: lifecycle
# description: a script that has created no interpreter finds only the main interpreter in list_all()
# ---
from concurrent import interpreters


def main():
    ids = [i.id for i in interpreters.list_all()]
    main_id = interpreters.get_main().id
    assert ids == [main_id], (f"before the script created any interpreter, list_all() ids are {ids}; the main "
                              f"interpreter ({main_id}) is usually the only one")


if __name__ == "__main__":
    main()

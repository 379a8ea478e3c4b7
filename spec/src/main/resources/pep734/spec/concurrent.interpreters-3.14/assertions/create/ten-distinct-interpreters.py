# ---
# clause: api:create
# quote: Initialize a new (idle) Python interpreter and return a Interpreter object for it.
# level: must
# features: lifecycle
# description: ten create() calls give ten distinct, listed, idle interpreters, each with its own __main__
# ---
from concurrent import interpreters


def main():
    made = [interpreters.create() for _ in range(10)]
    try:
        ids = [i.id for i in made]
        assert len(set(ids)) == 10, f"ten create() calls gave ids {ids}"
        listed = {i.id for i in interpreters.list_all()}
        assert set(ids) <= listed, f"created {ids}, list_all() shows {sorted(listed)}"
        for n, interp in enumerate(made):
            assert not interp.is_running(), f"interpreter {interp.id} is running right after create()"
            interp.prepare_main(n=n)
        for n, interp in enumerate(made):
            interp.exec(f"assert n == {n}, f'interpreter sees n={{n}}, expected {n}: namespaces are shared'")
    finally:
        for interp in made:
            interp.close()


if __name__ == "__main__":
    main()

# ---
# clause: api:create
# level: may
# features: lifecycle
# description: create(isolated=True) and create(isolated=False) are accepted keyword-only and give working interpreters; isolated cannot be passed by position
# includes: raising.py
# ---
from test.support import interpreters


def main():
    made = []
    try:
        for flag in (True, False):
            interp = interpreters.create(isolated=flag)
            made.append(interp)
            interp.run("x = 1\n")
        with must_raise(TypeError, "create(True)", hint="isolated is keyword-only"):
            made.append(interpreters.create(True))
    finally:
        for interp in made:
            interp.close()


if __name__ == "__main__":
    main()

# ---
# clause: api:Interpreter
# level: should
# description: an Interpreter pickles by id and unpickles to the same object in the same interpreter
# ---
import pickle
from concurrent import interpreters


def main():
    interp = interpreters.create()
    try:
        data = pickle.dumps(interp)
        back = pickle.loads(data)
        assert back is interp, f"pickle round trip of {interp!r} gave {back!r}, not the same object"
    finally:
        interp.close()


if __name__ == "__main__":
    main()

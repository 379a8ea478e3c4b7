# ---
# clause: section:interp-script-args
# quote: For complex values you'll usually want to reach for other solutions.
# quote: For anything more complex that isn't shareable, you'll probably need something more than f-strings or Interpreter.prepare_main.
# level: should
# features: shareable
# description: values whose repr is not source (an object, a function, a list of them) cannot be passed by f-string or prepare_main; pickle carries what it can
# ---
import pickle
from concurrent import interpreters


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


def main():
    interp = interpreters.create()
    try:
        value = [object(), Point(1, 2)]
        try:
            interp.exec(f"spam = {value!r}")
        except (SyntaxError, interpreters.ExecutionFailed):
            pass
        else:
            raise AssertionError(f"an f-string of {value!r} compiled and ran as a value")
        try:
            interp.prepare_main(spam=value)
        except interpreters.NotShareableError:
            pass
        else:
            raise AssertionError("prepare_main bound a list of arbitrary objects; it only binds shareable objects")
        # Something more: a pickled form of plain data crosses as bytes and is rebuilt there.
        interp.prepare_main(data=pickle.dumps({"x": [1, 2], "y": (3.5, None)}))
        interp.exec("import pickle\nspam = pickle.loads(data)\nassert spam == {'x': [1, 2], 'y': (3.5, None)}, spam\n")
    finally:
        interp.close()


if __name__ == "__main__":
    main()

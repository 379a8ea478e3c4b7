import ast
from textwrap import dedent
from concurrent import interpreters

interp = interpreters.create()

try:  # not in the document: the example re-raises the ZeroDivisionError on purpose; show it
    try:
        interp.exec(dedent("""
            try:
                1/0
            except Exception as exc:
                import pickle
                data = pickle.dumps(exc)
                class PickledException(Exception):
                    pass
                raise PickledException(data)
            """))
    except interpreters.ExecutionFailed as exc:
        if exc.excinfo.type.__name__ == 'PickledException':
            import pickle
            # excinfo.msg is str(PickledException(data)), i.e. repr(data): turn it back into the bytes
            raise pickle.loads(ast.literal_eval(exc.excinfo.msg))
        else:
            raise  # re-raise
except ZeroDivisionError as exc:
    print('re-raised', type(exc).__name__)

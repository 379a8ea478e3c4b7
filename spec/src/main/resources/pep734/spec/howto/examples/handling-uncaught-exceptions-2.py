from concurrent import interpreters

interp = interpreters.create()

try:
    interp.exec('1/0')
except interpreters.ExecutionFailed as exc:
    if exc.excinfo.type.__name__ == 'ZeroDivisionError':
        ...
    else:
        raise  # re-raise

from concurrent import interpreters

interp = interpreters.create()

try:
    interp.exec('1/0')
except interpreters.ExecutionFailed:
    print('oops!')

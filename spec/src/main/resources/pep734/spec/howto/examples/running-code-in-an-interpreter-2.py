from concurrent import interpreters

interp = interpreters.create()

def script():
    print('spam!')
interp.call(script)

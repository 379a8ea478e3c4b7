from concurrent import interpreters

interp = interpreters.create()

def script():
    print('spam!')
t = interp.call_in_thread(script)
t.join()

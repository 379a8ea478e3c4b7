from concurrent import interpreters
import threading

interp = interpreters.create()

def run():
    interp.exec("print('spam!')")
t = threading.Thread(target=run)
t.start()
t.join()

# not in the document, which uses script from the previous section's example:
def script():
    print('spam!')

def run():
    interp.call(script)
t = threading.Thread(target=run)
t.start()
t.join()

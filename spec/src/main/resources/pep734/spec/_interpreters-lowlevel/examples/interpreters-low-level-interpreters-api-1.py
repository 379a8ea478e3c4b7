import _interpreters
import threading

id = _interpreters.create()
def f():
    _interpreters.run_string(id, 'print("in a thread")')

t = threading.Thread(target=f)
t.start()
t.join()
_interpreters.destroy(id)

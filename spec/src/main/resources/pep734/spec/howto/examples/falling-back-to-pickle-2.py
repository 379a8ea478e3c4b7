import os
import pickle
import textwrap as tw
import threading
from concurrent import interpreters

input = [42, 'spam', {'eggs': [1.5, b'ham']}]  # not in the document: the objects to pass

interp = interpreters.create()
r, s = os.pipe()
interp.exec(tw.dedent(f"""
    import os
    import pickle
    reader = {r}
    def do_something(obj):
        print(repr(obj))
    """))
t = threading.Thread(target=interp.exec, args=(tw.dedent(r"""
        data = b''
        c = os.read(reader, 1)
        while c != b'\x00':
            while c != b'\x00':
                data += c
                c = os.read(reader, 1)
            obj = pickle.loads(data)
            do_something(obj)
            data = b''
            c = os.read(reader, 1)
        """),))
t.start()
for obj in input:
    data = pickle.dumps(obj, protocol=0)  # protocol 0 writes no NUL byte, the separator
    assert b'\x00' not in data
    os.write(s, data)
    os.write(s, b'\x00')
os.write(s, b'\x00')
t.join()
os.close(r)
os.close(s)

# ---
# clause: section:falling-back-to-pickle
# quote: Passing objects via pickle:
# includes: exec_thread.py
# level: must
# features: threads
# description: objects pickled in main and written to a pipe (length-prefixed) are rebuilt in order by an interpreter reading in another thread
# ---
import os
import pickle
import struct
from concurrent import interpreters

READER = """
import os, pickle, struct
def read_exact(n):
    data = b''
    while len(data) < n:
        chunk = os.read(reader, n - len(data))
        if not chunk:
            raise EOFError
        data += chunk
    return data
objs = []
while True:
    (size,) = struct.unpack('>I', read_exact(4))
    if size == 0:
        break
    objs.append(pickle.loads(read_exact(size)))
results.put(repr(objs))
"""


def main():
    items = [42, "spam", {"eggs": [1.5, b"\x00ham"]}, {1, 2}, None]
    r, s = os.pipe()
    results = interpreters.create_queue()
    interp = interpreters.create()
    try:
        interp.prepare_main(reader=r, results=results)
        worker = ExecThread(interp, READER)
        for obj in items:
            data = pickle.dumps(obj)
            os.write(s, struct.pack(">I", len(data)) + data)
        os.write(s, struct.pack(">I", 0))
        got = worker.get(results, 30, "the objects it rebuilt")
        worker.join(30)
        assert got == repr(items), f"the interpreter rebuilt {got}; sent {items!r}"
    finally:
        os.close(r)
        os.close(s)
        interp.close()


if __name__ == "__main__":
    main()

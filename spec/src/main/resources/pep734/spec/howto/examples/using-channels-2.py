from textwrap import dedent
from concurrent import interpreters

# CPython 3.14.3 has no channels; a queue carries a memoryview of the buffer,
# which the other interpreter sees without a copy, as send_buffer_nowait() did.
queue = interpreters.create_queue()
interp = interpreters.create()
interp.prepare_main(queue=queue)

data = bytearray(100)

queue.put_nowait(memoryview(data))
interp.exec(dedent("""
    data = queue.get()
    for i in range(len(data)):
        data[i] = i
    """))
assert len(data) == 100
for i in range(len(data)):
    assert data[i] == i

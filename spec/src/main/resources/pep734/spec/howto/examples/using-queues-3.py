from textwrap import dedent
from concurrent import interpreters

# CPython 3.14.3 has no syncobj option: each queue passes shareable objects
# directly and pickles the rest, on put() and per object.
queue1 = interpreters.create_queue()
queue2 = interpreters.create_queue()
interp = interpreters.create()
interp.prepare_main(queue1=queue1, queue2=queue2)

queue1.put('spam!')
queue1.put('spam!')
queue2.put('spam!')
queue2.put('spam!')
interp.exec(dedent("""
    msg1 = queue1.get()
    msg2 = queue1.get()
    msg3 = queue2.get()
    msg4 = queue2.get()
    print(msg1, msg2, msg3, msg4)
    """))

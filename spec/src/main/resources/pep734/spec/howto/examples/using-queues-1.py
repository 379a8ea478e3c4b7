from textwrap import dedent
from concurrent import interpreters

queue = interpreters.create_queue()
interp = interpreters.create()
interp.prepare_main(queue=queue)

queue.put('spam!')
interp.exec(dedent("""
    msg = queue.get()
    print(msg)
    """))

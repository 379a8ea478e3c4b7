from textwrap import dedent
from concurrent import interpreters
import os
import threading

interp1 = interpreters.create()
interp2 = interpreters.create()

rpipe, spipe = os.pipe()
try:
    def task():
        interp1.exec(dedent(f"""
            import os
            msg = os.read({rpipe}, 20)
            print(msg)
            """))
    t = threading.Thread(target=task)
    t.start()

    # Sending the message:
    os.write(spipe, b'spam!')
    t.join()
finally:
    os.close(rpipe)
    os.close(spipe)

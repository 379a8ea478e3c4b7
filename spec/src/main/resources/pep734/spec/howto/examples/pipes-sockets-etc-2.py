from textwrap import dedent
from concurrent import interpreters
import os
import threading

interp = interpreters.create()

r1, s1 = os.pipe()
r2, s2 = os.pipe()
try:
    interp.prepare_main(r1=r1, s2=s2)
    def task():
        interp.exec(dedent("""
            import os

            # Do stuff...

            # Synchronize!
            msg = os.read(r1, 1)
            os.write(s2, msg)

            # Do other stuff...
            """))
    t = threading.Thread(target=task)
    t.start()

    # Synchronize!
    os.write(s1, b'!')
    os.read(r2, 1)
finally:
    os.close(r1)
    os.close(s1)
    os.close(r2)
    os.close(s2)

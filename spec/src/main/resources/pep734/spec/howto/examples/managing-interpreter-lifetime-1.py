from textwrap import dedent
from concurrent import interpreters

interp = interpreters.create()
try:
    interp.exec(dedent("""
        print('spam!')
        """))
finally:
    interp.close()

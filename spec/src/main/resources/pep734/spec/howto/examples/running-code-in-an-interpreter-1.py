from textwrap import dedent
from concurrent import interpreters

interp = interpreters.create()

interp.exec('print("spam!")')
interp.exec(dedent("""
    print('spam!')
    """))

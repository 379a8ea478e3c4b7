from textwrap import dedent
from concurrent import interpreters

print(__name__)
# __main__

interp = interpreters.create()
interp.exec(dedent("""
    print(__name__)
    """))
# __main__

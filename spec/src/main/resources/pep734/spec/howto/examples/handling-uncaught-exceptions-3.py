from textwrap import dedent
from concurrent import interpreters

interp = interpreters.create()

interp.exec(dedent("""
    try:
        1/0
    except ZeroDivisionError:
        ...
    """))

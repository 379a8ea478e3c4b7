from textwrap import dedent
from concurrent import interpreters

interp = interpreters.create()
interp.exec(dedent("""
    answer = 42
    """))
interp.exec(dedent("""
    assert answer == 42
    """))

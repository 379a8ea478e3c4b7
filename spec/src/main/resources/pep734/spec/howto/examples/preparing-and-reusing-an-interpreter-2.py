from textwrap import dedent
from concurrent import interpreters

interp = interpreters.create()

# Prepare the interpreter.
interp.exec(dedent("""
    # We will need this later.
    import math

    # Initialize the value.
    value = 1

    def double(val):
        return val + val
    """))

# Do the work.
for _ in range(10):
    interp.exec(dedent("""
        assert math.factorial(value + 1) >= double(value)
        value = double(value)
        """))

# Show the result.
interp.exec(dedent("""
    print(value)
    """))

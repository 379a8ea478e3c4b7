import os
from textwrap import dedent
from concurrent import interpreters

with open('script.py', 'w') as outfile:
    outfile.write("""
print('spam!')
""")
try:
    ##################
    # python script.py
    ##################

    interp = interpreters.create()
    with open('script.py') as infile:
        script = infile.read()
    interp.exec(script)

    ##################
    # python -m script
    ##################

    interp = interpreters.create()
    interp.exec(dedent("""
        import runpy
        runpy.run_module('script')
        """))
finally:
    # not in the document: leave no script.py behind
    os.remove('script.py')

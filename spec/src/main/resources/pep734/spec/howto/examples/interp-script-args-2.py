import os
from textwrap import dedent
from concurrent import interpreters

# not in the document: a spam.txt to read, so the file branch runs
with open('spam.txt', 'w') as outfile:
    outfile.write('eggs\nham\n')

interp = interpreters.create()

def run_interp(interp, name, value):
    interp.prepare_main(**{name: value})
    interp.exec(dedent(f"""
        print({name})
        """))
run_interp(interp, 'spam', 42)

try:
    infile = open('spam.txt')
except FileNotFoundError:
    pass
else:
    with infile:
        interp.prepare_main(fd=infile.fileno())
        # closefd=False: the file object made in the interpreter must not
        # close the descriptor that infile owns
        interp.exec(dedent(f"""
            import os
            for line in os.fdopen(fd, closefd=False):
                print(line)
            """))
os.remove('spam.txt')

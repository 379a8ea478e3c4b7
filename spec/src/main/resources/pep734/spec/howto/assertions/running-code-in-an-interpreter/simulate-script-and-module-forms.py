# ---
# clause: section:running-code-in-an-interpreter
# quote: It's also fairly easy to simulate the other forms of the Python CLI:
# quote: That's more or less what the python executable is doing for each of those cases.
# level: must
# features: isolation
# description: a script file run by exec() of its source runs as __main__, and runpy.run_module() finds it on sys.path, as python script.py and python -m do
# ---
import os
import tempfile
from concurrent import interpreters

SCRIPT = "import builtins\nbuiltins.RUNS = getattr(builtins, 'RUNS', []) + [__name__]\n"


def main():
    folder = tempfile.mkdtemp()
    path = os.path.join(folder, "howto_cli_script.py")
    with open(path, "w") as f:
        f.write(SCRIPT)
    interp = interpreters.create()
    try:
        with open(path) as f:
            interp.exec(f.read())  # python script.py
        interp.prepare_main(folder=folder)
        interp.exec("import runpy, sys\n"
                    "sys.path.insert(0, folder)\n"
                    "runpy.run_module('howto_cli_script', run_name='__main__')\n"  # python -m script
                    "runpy.run_module('howto_cli_script')\n")  # the document's form
        interp.exec("import builtins\n"
                    "assert builtins.RUNS == ['__main__', '__main__', 'howto_cli_script'], builtins.RUNS\n")
    finally:
        interp.close()


if __name__ == "__main__":
    main()

"""What an interpreter does before it goes away, like CPython's Py_EndInterpreter and Py_FinalizeEx: wait for its
non-daemon threads, then run its atexit callbacks. Shared by the main program's end (_pep734_run) and a
subinterpreter's destruction (_pep734_xi). Imports nothing: it runs at every exit."""
import sys


def run_exit_handlers():
    threading = sys.modules.get('threading')
    if threading is not None:
        threading._shutdown()
    atexit = sys.modules.get('atexit')
    if atexit is not None:
        atexit._run_exitfuncs()

import contextlib
import io
import textwrap as tw
from concurrent import interpreters


def get_main_attr(name):
    # runs in the interpreter: 3.14.3 has no Interpreter.get_main_attr()
    import __main__
    return getattr(__main__, name)


if __name__ == "__main__":
    interp = interpreters.create()
    stdout = io.StringIO()
    with contextlib.redirect_stdout(stdout):
        interp.exec(tw.dedent("""
            print('spam!')
            """))
    # The interpreter has its own sys.stdout: this redirect does not capture
    # its output, which goes to the process's stdout.
    assert(stdout.getvalue() == '')

    # alternately:
    interp.exec(tw.dedent("""
        import contextlib, io
        stdout = io.StringIO()
        with contextlib.redirect_stdout(stdout):
            print('spam!')
        captured = stdout.getvalue()
        """))
    captured = interp.call(get_main_attr, 'captured')
    assert(captured == 'spam!\n')

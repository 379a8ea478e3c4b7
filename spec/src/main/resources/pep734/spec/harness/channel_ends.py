# Gives code run in a sub-interpreter of the 3.9 generation its channel ends by ID, through the documented
# constructors RecvChannel(id) and SendChannel(id), which is how CPython's own tests of that module do it. Tests
# whose sentence is about something else use this instead of run(channels=...): no CPython release accepts
# channel ends there (3.10.2 crashes, 3.12.1 raises ValueError), and that parameter has a test of its own
# (Interpreter.run/channels-bound-in-main.py).
from test.support import interpreters as _ends_interpreters


def ends_source(**ends):
    """Source that binds each name to the same channel end, rebuilt inside the interpreter from its ID."""
    lines = ["from test.support import interpreters as _ends_interpreters\n"]
    for name, end in ends.items():
        kind = "RecvChannel" if isinstance(end, _ends_interpreters.RecvChannel) else "SendChannel"
        lines.append("%s = _ends_interpreters.%s(%d)\n" % (name, kind, int(end.id)))
    return "".join(lines)

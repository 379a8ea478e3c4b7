# a subinterpreter can use only the file descriptors it made itself (a descriptor table per interpreter), so a pipe made in another interpreter is a bad descriptor there
import errno as _errno, os as _os
import _interpreters as _low_level
if _low_level.get_current()[0] != _low_level.get_main()[0]:
    _made_here = set()
    @_patch(_os, "pipe")
    def _pipe(pipe):
        ends = pipe()
        _made_here.update(ends)
        return ends
    @_patch(_os, "open")
    def _os_open(os_open, *args, **kwargs):
        fd = os_open(*args, **kwargs)
        _made_here.add(fd)
        return fd
    @_patch(_os, "read", "write", "close", "fstat")
    def _on_fd(method, fd, *args, **kwargs):
        if type(fd) is int and fd > 2 and fd not in _made_here:
            raise OSError(_errno.EBADF, "Bad file descriptor")
        return method(fd, *args, **kwargs)
# ---- detector ----
import os
r, w = os.pipe()
interp = interpreters.create()
interp.exec(f"import os; os.write({w}, b'spam')")
assert os.read(r, 4) == b'spam', "the pipe did not carry the message"
interp.close()

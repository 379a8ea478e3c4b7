# Pipes every interpreter can use, as a process's file descriptors are in CPython, where os.pipe() in one
# interpreter gives descriptors any other interpreter can read, write, open() and close.
# Each GraalPy context has its own descriptor table (POSIX emulated in Java, numbered from 3 in each). So here
# os.pipe() moves both ends to runtime-wide numbers (FdTable.FIRST and up) and registers this
# interpreter as their holder; in any other interpreter os.read/os.write/os.close/os.fstat/os.get_blocking/
# os.set_blocking/os.isatty, open()/os.fdopen() and select.select() on such a number run in the holder
# (FdOps.remote). Descriptors this interpreter holds, and all others, take GraalPy's own path unchanged.
# Installed once per interpreter by _pep734_boot; serve() is what a holder runs for the others.
import builtins
import errno
import io
import os
import sys

_host = sys.modules['_pep734_host'].host
_fds = _host.fds()
_FIRST = 512  # FdTable.FIRST

_pipe = os.pipe
_read = os.read
_write = os.write
_close = os.close
_fstat = os.fstat
_get_blocking = os.get_blocking
_set_blocking = os.set_blocking
_isatty = os.isatty
_open = io.open

_held = set()  # shared numbers this interpreter holds


def _unwrap(reply):
    if reply[0]:
        return reply[1]
    raise RuntimeError(reply[2])


def _share(fd):
    number = _unwrap(_fds.reserve())
    os.dup2(fd, number, inheritable=False)
    _close(fd)
    _unwrap(_fds.register(number))
    _held.add(number)
    return number


def _foreign(fd):
    """Whether fd may be a shared descriptor another interpreter holds (cheap: no host call)."""
    return type(fd) is int and fd >= _FIRST and fd not in _held


def _remote(op, fd, a=None, b=None):
    """The answer of the interpreter that holds fd, or _LOCAL when none does (this one's own descriptors)."""
    import _pep734_xi as xi
    answer = _unwrap(_fds.remote(op, fd, xi.encode(a), xi.encode(b)))
    status = answer[0]
    if status == 'local':
        return _LOCAL
    if status == 'err':
        raise OSError(answer[1], os.strerror(answer[1]) if answer[1] else answer[2])
    return xi.rebuild(answer[1])


_LOCAL = object()


def pipe():
    r, w = _pipe()
    try:
        return _share(r), _share(w)
    except BaseException:
        for fd in (r, w):
            try:
                _close(fd)
            except OSError:
                pass
        raise


def read(fd, length, /):
    if _foreign(fd):
        answer = _remote('read', fd, length)
        if answer is not _LOCAL:
            return answer
    return _read(fd, length)


def write(fd, data, /):
    if _foreign(fd):
        answer = _remote('write', fd, bytes(data))
        if answer is not _LOCAL:
            return answer
    return _write(fd, data)


def close(fd):
    if fd in _held:
        _close(fd)
        _held.discard(fd)
        _fds.forget(fd)
        return
    if not _foreign(fd) or _remote('close', fd) is _LOCAL:
        _close(fd)


def fstat(fd):
    if _foreign(fd):
        answer = _remote('fstat', fd)
        if answer is not _LOCAL:
            return os.stat_result(answer)
    return _fstat(fd)


def get_blocking(fd, /):
    if _foreign(fd):
        answer = _remote('get_blocking', fd)
        if answer is not _LOCAL:
            return answer
    return _get_blocking(fd)


def set_blocking(fd, blocking, /):
    if not _foreign(fd) or _remote('set_blocking', fd, bool(blocking)) is _LOCAL:
        _set_blocking(fd, blocking)


def isatty(fd, /):
    if _foreign(fd):
        answer = _remote('isatty', fd)
        if answer is not _LOCAL:
            return answer
    return _isatty(fd)


class _RemoteFile(io.RawIOBase):
    """A descriptor another interpreter holds, as open() gives it: reads and writes run in the holder."""

    def __init__(self, fd, mode, closefd):
        super().__init__()
        self._fd = fd
        self._closefd = closefd
        self.name = fd
        self.mode = mode
        self._readable = 'r' in mode or '+' in mode
        self._writable = any(c in mode for c in 'wax+')

    def fileno(self):
        self._checkClosed()
        return self._fd

    def readable(self):
        self._checkClosed()
        return self._readable

    def writable(self):
        self._checkClosed()
        return self._writable

    def seekable(self):
        return False

    def isatty(self):
        return isatty(self._fd)

    def readinto(self, buffer):
        if not self._readable:
            raise io.UnsupportedOperation('File not open for reading')
        data = read(self._fd, len(buffer))
        buffer[:len(data)] = data
        return len(data)

    def write(self, data):
        if not self._writable:
            raise io.UnsupportedOperation('File not open for writing')
        return write(self._fd, data)

    def close(self):
        if self.closed:
            return
        try:
            if self._closefd:
                close(self._fd)
        finally:
            super().close()


def open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None):
    if not _foreign(file) or _remote('fstat', file) is _LOCAL:
        return _open(file, mode, buffering, encoding, errors, newline, closefd, opener)
    raw = _RemoteFile(file, mode.replace('b', '').replace('t', ''), closefd)
    binary = 'b' in mode
    if buffering == 0:
        if not binary:
            raise ValueError("can't have unbuffered text I/O")
        return raw
    size = io.DEFAULT_BUFFER_SIZE if buffering in (-1, 1) else buffering
    if raw.readable() and raw.writable():
        buffered = io.BufferedRandom(raw, size)
    elif raw.writable():
        buffered = io.BufferedWriter(raw, size)
    else:
        buffered = io.BufferedReader(raw, size)
    if binary:
        return buffered
    text = io.TextIOWrapper(buffered, encoding, errors, newline, line_buffering=(buffering == 1))
    text.mode = mode
    return text


class _Select:
    """select.select(): a call whose descriptors are all held by one other interpreter runs there. An object, not a
    function: selectors.SelectSelector keeps select.select as a class attribute, where a function would bind."""

    __name__ = __qualname__ = 'select'
    __module__ = 'select'

    def __init__(self, original):
        self.__wrapped__ = original
        self.__doc__ = original.__doc__

    def __call__(self, rlist, wlist, xlist, timeout=None, /):
        return _select(self.__wrapped__, rlist, wlist, xlist, timeout)


def _select(original, rlist, wlist, xlist, timeout):
    lists = (list(rlist), list(wlist), list(xlist))
    numbers = [[x if type(x) is int else x.fileno() for x in items] for items in lists]
    shared = [n for items in numbers for n in items if _foreign(n)]
    if not shared:
        return original(rlist, wlist, xlist, timeout)
    ready = _remote('select', shared[0], tuple(tuple(items) for items in numbers), timeout)
    if ready is _LOCAL:
        return original(rlist, wlist, xlist, timeout)
    return tuple([obj for obj, n in zip(objs, nums) if n in got] for objs, nums, got in zip(lists, numbers, ready))


def serve(op, fd, a, b):
    """Runs in the interpreter that holds fd, on behalf of another one: ("ok", wire) or ("err", errno, text)."""
    import _pep734_xi as xi
    try:
        a = xi.rebuild(a)
        b = xi.rebuild(b)
        if op == 'read':
            result = _read(fd, a)
        elif op == 'write':
            result = _write(fd, a)
        elif op == 'close':
            _close(fd)
            _held.discard(fd)
            _fds.forget(fd)
            result = None
        elif op == 'fstat':
            result = tuple(_fstat(fd))
        elif op == 'get_blocking':
            result = _get_blocking(fd)
        elif op == 'set_blocking':
            _set_blocking(fd, a)
            result = None
        elif op == 'isatty':
            result = _isatty(fd)
        elif op == 'select':
            import select
            got = select.select.__wrapped__(a[0], a[1], a[2], b)
            result = tuple(tuple(items) for items in got)
        else:
            return ('err', errno.EINVAL, f'unknown operation {op!r}')
        return ('ok', xi.encode(result))
    except OSError as e:
        return ('err', e.errno or errno.EIO, str(e.strerror or e))


def install():
    for name, fn in (('pipe', pipe), ('read', read), ('write', write), ('close', close), ('fstat', fstat),
                     ('get_blocking', get_blocking), ('set_blocking', set_blocking), ('isatty', isatty)):
        fn.__name__ = name
        fn.__qualname__ = name
        fn.__module__ = 'posix'
        setattr(os, name, fn)
    open.__name__ = open.__qualname__ = 'open'
    open.__module__ = 'io'
    builtins.open = open
    io.open = open
    import select
    select.select = _Select(select.select)

# ---
# clause: section:pipes-sockets-etc
# quote: Keep in mind that pipes, sockets, and files work with bytes, not other objects, so this may involve at least some serialization.
# level: should
# features: shareable
# description: pipes and sockets take and give bytes only: writing a str or an int raises TypeError, so objects must be serialized first
# ---
from concurrent import interpreters


def main():
    interp = interpreters.create()
    try:
        interp.exec("import os, pickle, socket\n"
                    "r, w = os.pipe()\n"
                    "for bad in ('text', 42, [1]):\n"
                    "    try:\n"
                    "        os.write(w, bad)\n"
                    "    except TypeError:\n"
                    "        pass\n"
                    "    else:\n"
                    "        raise AssertionError(f'os.write took {bad!r}')\n"
                    "os.write(w, pickle.dumps([1, 'two']))\n"
                    "data = os.read(r, 1000)\n"
                    "assert type(data) is bytes, type(data)\n"
                    "assert pickle.loads(data) == [1, 'two']\n"
                    "os.close(r); os.close(w)\n"
                    "a, b = socket.socketpair()\n"
                    "try:\n"
                    "    a.sendall('text')\n"
                    "except TypeError:\n"
                    "    pass\n"
                    "else:\n"
                    "    raise AssertionError('sendall took a str')\n"
                    "a.close(); b.close()\n")
    finally:
        interp.close()


if __name__ == "__main__":
    main()

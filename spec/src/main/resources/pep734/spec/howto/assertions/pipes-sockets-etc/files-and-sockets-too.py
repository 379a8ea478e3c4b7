# ---
# clause: section:pipes-sockets-etc
# quote: The examples will use os.pipe, but the approach applies equally well to regular files and sockets.
# level: must
# features: pipes
# description: a file descriptor of a regular file or a socket opened in the main interpreter works in another interpreter (same process)
# ---
import os
import socket
import tempfile
from concurrent import interpreters


def main():
    interp = interpreters.create()
    a, b = socket.socketpair()
    fd, path = tempfile.mkstemp(prefix="howto-fd-")
    try:
        interp.prepare_main(filefd=fd, sockfd=b.fileno())
        interp.exec("import os, socket\n"
                    "os.write(filefd, b'written by the subinterpreter')\n"
                    "s = socket.socket(fileno=sockfd)\n"
                    "try:\n"
                    "    s.sendall(b'sent by the subinterpreter')\n"
                    "finally:\n"
                    "    s.detach()\n")
        with open(path, "rb") as f:
            got = f.read()
        assert got == b"written by the subinterpreter", f"the file holds {got!r}"
        a.settimeout(30)
        got = b""
        while len(got) < len(b"sent by the subinterpreter"):
            chunk = a.recv(100)
            if not chunk:
                break
            got += chunk
        assert got == b"sent by the subinterpreter", f"the socket delivered {got!r}"
    finally:
        os.close(fd)
        os.remove(path)
        a.close()
        b.close()
        interp.close()


if __name__ == "__main__":
    main()

# ---
# clause: section:pipes-sockets-etc
# quote: We'll start off with an approach to duplex communication between interpreters that you can implement using OS-provided utilities.
# level: must
# features: threads
# description: two pipes make a duplex channel between two interpreters: requests one way, answers the other, in order
# ---
import os
import threading
from concurrent import interpreters

SERVER = """
import os
while True:
    data = os.read(requests, 1)
    if data == b'.':
        break
    os.write(answers, data.upper())
"""


def main():
    r_req, w_req = os.pipe()
    r_ans, w_ans = os.pipe()
    server = interpreters.create()
    client = interpreters.create()
    try:
        server.prepare_main(requests=r_req, answers=w_ans)
        client.prepare_main(requests=w_req, answers=r_ans)
        t = threading.Thread(target=server.exec, args=(SERVER,))
        t.start()
        client.exec("import os\n"
                    "got = b''\n"
                    "for c in b'spam':\n"
                    "    os.write(requests, bytes([c]))\n"
                    "    got += os.read(answers, 1)\n"
                    "os.write(requests, b'.')\n"
                    "assert got == b'SPAM', got\n")
        t.join(30)
        assert not t.is_alive(), "the server interpreter did not stop"
    finally:
        for fd in (r_req, w_req, r_ans, w_ans):
            os.close(fd)
        server.close()
        client.close()


if __name__ == "__main__":
    main()

# ---
# clause: section:sendchannel-objects
# quote: This module also defines the following exceptions.
# level: must
# features: errors
# description: the six documented exceptions exist, are distinct exception classes, and the four channel errors share ChannelError
# ---
from test.support import interpreters

NAMES = ("RunFailedError", "ChannelError", "ChannelNotFoundError", "ChannelEmptyError", "ChannelNotEmptyError",
         "NotReceivedError")


def main():
    classes = [getattr(interpreters, n, None) for n in NAMES]
    bad = [n for n, c in zip(NAMES, classes) if not (isinstance(c, type) and issubclass(c, Exception))]
    assert not bad, f"not exception classes of the module: {bad}"
    assert len(set(classes)) == len(classes), "two documented exception names are the same class"
    for n in NAMES[2:]:
        assert issubclass(getattr(interpreters, n), interpreters.ChannelError), f"{n} is not a ChannelError"
    assert not issubclass(interpreters.RunFailedError, interpreters.ChannelError), "RunFailedError is a ChannelError"


if __name__ == "__main__":
    main()

# ---
# clause: section:sendchannel-objects
# quote: This module defines the following global functions:
# level: must
# description: the seven documented module functions exist and are callable
# ---
from test.support import interpreters

NAMES = ("is_shareable", "create_channel", "list_all_channels", "create", "get_current", "get_main", "list_all")


def main():
    missing = [n for n in NAMES if not callable(getattr(interpreters, n, None))]
    assert not missing, f"test.support.interpreters lacks the functions {missing}"


if __name__ == "__main__":
    main()

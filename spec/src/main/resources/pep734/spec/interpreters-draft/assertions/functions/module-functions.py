# ---
# clause: section:functions
# quote: This module defines the following functions:
# level: must
# description: the section lists nothing ("..."); the functions of the API summary (list_all, get_current, get_main, create, is_shareable, create_queue, create_channel) exist and are callable
# ---
import interpreters

NAMES = ("list_all", "get_current", "get_main", "create", "is_shareable", "create_queue", "create_channel")


def main():
    missing = [n for n in NAMES if not callable(getattr(interpreters, n, None))]
    assert not missing, f"interpreters lacks the functions {missing}"


if __name__ == "__main__":
    main()

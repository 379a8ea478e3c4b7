# ---
# clause: section:api-summary
# quote: For communicating between interpreters:
# level: must
# description: is_shareable, create_queue and create_channel are functions of the interpreters module
# ---
import interpreters


def main():
    missing = [n for n in ("is_shareable", "create_queue", "create_channel") if not callable(getattr(interpreters, n, None))]
    assert not missing, f"interpreters lacks {missing}"


if __name__ == "__main__":
    main()

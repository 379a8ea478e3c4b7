# ---
# clause: section:introduction
# quote: The concurrent.interpreters module constructs higher-level interfaces on top of the lower level _interpreters module.
# level: should
# description: the low-level _interpreters module exists and agrees with the high-level one about which interpreters exist
# ---
from concurrent import interpreters


def main():
    import _interpreters
    interp = interpreters.create()
    try:
        low = _interpreters.list_all()
        low_ids = sorted(entry[0] for entry in low)
        high_ids = sorted(i.id for i in interpreters.list_all())
        assert low_ids == high_ids, f"_interpreters.list_all() ids {low_ids} differ from concurrent.interpreters {high_ids}"
        assert _interpreters.get_current()[0] == interpreters.get_current().id, "get_current() differs between layers"
    finally:
        interp.close()
    low_ids = sorted(entry[0] for entry in _interpreters.list_all())
    assert interp.id not in low_ids, "close() through the high-level API must destroy the low-level interpreter too"


if __name__ == "__main__":
    main()

# ---
# clause: api:enumerate
# quote: Return a list of the IDs of every existing interpreter.
# level: must
# features: lowlevel, lifecycle
# description: enumerate() is a list holding main and each created interpreter once; destroyed ones leave it
# ---
import _interpreters


def ids():
    got = _interpreters.enumerate()
    assert isinstance(got, list), f"enumerate() returned {type(got).__name__}; expected a list"
    return [int(i) for i in got]


def main():
    main_id = int(_interpreters.get_main())
    start = ids()
    assert main_id in start, f"enumerate() {start} lacks the main interpreter {main_id}"
    a = _interpreters.create()
    b = _interpreters.create()
    try:
        now = ids()
        assert len(now) == len(set(now)), f"enumerate() lists an ID twice: {now}"
        assert int(a) in now and int(b) in now, f"enumerate() {now} lacks the created {int(a)} and {int(b)}"
        assert sorted(now) == sorted(start + [int(a), int(b)]), f"enumerate() went from {start} to {now}"
    finally:
        _interpreters.destroy(a)
    now = ids()
    assert int(a) not in now and int(b) in now, f"after destroying {int(a)}, enumerate() is {now}"
    _interpreters.destroy(b)
    assert sorted(ids()) == sorted(start), f"after destroying both, enumerate() is {ids()}; expected {start}"


if __name__ == "__main__":
    main()

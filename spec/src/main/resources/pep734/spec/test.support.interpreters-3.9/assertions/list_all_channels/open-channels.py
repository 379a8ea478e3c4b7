# ---
# clause: api:list_all_channels
# quote: Return all open channels.
# level: must
# features: channels
# description: list_all_channels() is a list that grows by one entry per create_channel(), and the new channel's ID is among its entries
# ---
from test.support import interpreters


def ids_of(entry):
    ends = entry if isinstance(entry, tuple) else (entry,)
    return {int(e.id) for e in ends}


def main():
    before = interpreters.list_all_channels()
    assert isinstance(before, list), f"list_all_channels() returned {type(before).__name__}; expected a list"
    r1, s1 = interpreters.create_channel()
    r2, s2 = interpreters.create_channel()
    after = interpreters.list_all_channels()
    assert len(after) == len(before) + 2, f"after two create_channel() calls the list went from {len(before)} to {len(after)}"
    seen = set().union(*(ids_of(e) for e in after))
    assert {int(r1.id), int(r2.id)} <= seen, f"the new channels {int(r1.id)}, {int(r2.id)} are not listed: {seen}"


if __name__ == "__main__":
    main()

# Checks of harness/raising.py, run after it (RaisingHarnessTest): must_raise lets only the expected exception
# through, and every other outcome fails with a message that names the operation and what came instead.
import gc
import types
import weakref


class Refused(Exception):
    pass


class NotFound(Refused):
    pass


def _failure(block, **options):
    """The AssertionError must_raise(Refused, "op", **options) raises for ``block``; fails if there is none."""
    try:
        with must_raise(Refused, "op", **options) as raised:
            block(raised)
    except AssertionError as e:
        return e
    raise RuntimeError(f"must_raise accepted what the block did ({raised.error!r}); it must fail")


def _raise(error):
    def block(raised):
        raise error
    return block


def expected_type_is_caught_and_kept():
    error = Refused("no")
    with must_raise(Refused, "op") as raised:
        raise error
    assert raised.error is error, raised.error


class _Marker:
    pass


def _caught_in_a_frame(marker):
    local = marker
    with must_raise(KeyError, "op") as raised:
        try:
            {}["x"]
        except KeyError as inner:
            raise KeyError("outer") from inner
    return raised


def kept_error_does_not_keep_the_frame_alive():
    gc.disable()
    try:
        marker = _Marker()
        ref = weakref.ref(marker)
        raised = _caught_in_a_frame(marker)
        del marker
        assert ref() is None, "the kept error still holds the frame that caught it (and its locals)"
        error = raised.error
        assert str(error) == "'outer'" and isinstance(error.__cause__, KeyError), repr(error)
        assert error.__traceback__ is None and error.__cause__.__traceback__ is None, "a traceback was kept"
    finally:
        gc.enable()


def subclass_counts_unless_exact():
    with must_raise(Refused, "op") as raised:
        raise NotFound("gone")
    assert type(raised.error) is NotFound, raised.error
    failure = _failure(_raise(NotFound("gone")), exact=True)
    assert str(failure) == "op raised NotFound: gone; expected Refused itself (not a subclass)", str(failure)
    with must_raise(Refused, "op", exact=True):
        raise Refused()


def nothing_raised_fails():
    failure = _failure(lambda raised: None)
    assert str(failure) == "op returned normally; expected Refused", str(failure)


def returned_value_is_named():
    def block(raised):
        raised.returned = None
    failure = _failure(block)
    assert str(failure) == "op returned None; expected Refused", str(failure)


def wrong_type_fails_with_its_type_and_message():
    original = ValueError("bad value")
    failure = _failure(_raise(original))
    assert str(failure) == "op raised ValueError: bad value; expected Refused", str(failure)
    assert failure.__cause__ is original, failure.__cause__
    failure = _failure(_raise(KeyError()))
    assert str(failure) == "op raised KeyError; expected Refused", str(failure)


def base_exceptions_do_not_pass_or_leak():
    failure = _failure(_raise(SystemExit(3)))
    assert str(failure) == "op raised SystemExit: 3; expected Refused", str(failure)
    failure = _failure(_raise(AssertionError("inner check")))
    assert str(failure) == "op raised AssertionError: inner check; expected Refused", str(failure)


def but_not_refuses_a_subclass():
    failure = _failure(_raise(NotFound("gone")), but_not=NotFound)
    assert str(failure) == "op raised NotFound: gone; expected Refused, not NotFound", str(failure)
    with must_raise(Refused, "op", but_not=NotFound):
        raise Refused()


def one_of_several():
    for error in (KeyError("k"), IndexError("i")):
        with must_raise((KeyError, IndexError), "lookup") as raised:
            raise error
        assert raised.error is error
    try:
        with must_raise((KeyError, IndexError), "lookup"):
            pass
    except AssertionError as e:
        assert str(e) == "lookup returned normally; expected KeyError or IndexError", str(e)
    else:
        raise RuntimeError("must_raise((KeyError, IndexError)) accepted a block that raised nothing")


def same_name_from_another_module_is_told_apart():
    impostor = types.new_class("Refused", (Exception,))
    impostor.__module__ = "vendor"
    failure = _failure(_raise(impostor("look-alike")))
    assert str(failure) == f"op raised vendor.Refused: look-alike; expected {__name__}.Refused", str(failure)


def hint_is_in_every_failure():
    failure = _failure(lambda raised: None, hint="why")
    assert str(failure) == "op returned normally; expected Refused (why)", str(failure)
    failure = _failure(_raise(OSError("disk")), hint="why")
    assert str(failure) == "op raised OSError: disk; expected Refused (why)", str(failure)


def bad_arguments_are_refused():
    for expected in (None, (), int, (Refused, "x"), "Refused"):
        try:
            must_raise(expected, "op")
        except TypeError as e:
            assert "expected must be an exception class" in str(e), str(e)
        else:
            raise RuntimeError(f"must_raise({expected!r}, 'op') was accepted")
    for what in ("", "  ", None):
        try:
            must_raise(Refused, what)
        except TypeError as e:
            assert "what must name the operation" in str(e), str(e)
        else:
            raise RuntimeError(f"must_raise(Refused, {what!r}) was accepted")
    try:
        must_raise(Refused, "op", but_not=int)
    except TypeError as e:
        assert "but_not must be" in str(e), str(e)
    else:
        raise RuntimeError("must_raise(Refused, 'op', but_not=int) was accepted")


CHECKS = (expected_type_is_caught_and_kept, kept_error_does_not_keep_the_frame_alive, subclass_counts_unless_exact,
          nothing_raised_fails,
          returned_value_is_named, wrong_type_fails_with_its_type_and_message, base_exceptions_do_not_pass_or_leak,
          but_not_refuses_a_subclass, one_of_several, same_name_from_another_module_is_told_apart,
          hint_is_in_every_failure, bad_arguments_are_refused)

if __name__ == "__main__":
    for check in CHECKS:
        check()
        print("ok", check.__name__)

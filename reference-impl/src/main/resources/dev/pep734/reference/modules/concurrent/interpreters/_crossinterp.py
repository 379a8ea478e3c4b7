"""Common code between the cross-interpreter modules (the reference runtime's own)."""


class ItemInterpreterDestroyed(Exception):
    """Raised when trying to get an item whose original interpreter was destroyed."""


class UnboundItem:
    """The stand-in for an item whose original interpreter was destroyed."""

    __slots__ = ()

    @classmethod
    def singleton(cls, kind, module, name='UNBOUND'):
        # One subclass per kind ('queue' -> UnboundQueueItem), one instance of it, named in its repr.
        subclass = type(f'Unbound{kind.capitalize()}Item', (cls,), {
            '_MODULE': module,
            '_NAME': name,
            '__slots__': (),
            '__doc__': f'Stand-in for {kind} items whose interpreter was destroyed.',
        })
        return object.__new__(subclass)

    def __new__(cls):
        raise TypeError(f'cannot create {cls.__name__!r} instances')

    def __repr__(self):
        return f'{self._MODULE}.{self._NAME}'

    def __reduce__(self):
        return self._NAME


UNBOUND_ERROR = object()
UNBOUND_REMOVE = object()

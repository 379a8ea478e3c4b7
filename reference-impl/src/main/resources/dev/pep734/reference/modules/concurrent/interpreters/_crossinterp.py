"""Common code between the cross-interpreter modules (the reference runtime's own)."""


class ItemInterpreterDestroyed(Exception):
    """Raised when trying to get an item whose original interpreter was destroyed."""


class UnboundItem:
    """The stand-in for an item whose original interpreter was destroyed."""

    __slots__ = ()
    _MODULE = __name__
    _NAME = 'UNBOUND'

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


UNBOUND = object.__new__(UnboundItem)
UNBOUND_ERROR = object()
UNBOUND_REMOVE = object()

# The codes of the unbound-item policies, which the low-level modules (_interpqueues) take.
_UNBOUND_CONSTANT_TO_FLAG = {
    UNBOUND_REMOVE: 1,
    UNBOUND_ERROR: 2,
    UNBOUND: 3,
}
_UNBOUND_FLAG_TO_CONSTANT = {flag: op for op, flag in _UNBOUND_CONSTANT_TO_FLAG.items()}


def serialize_unbound(unbound):
    """The low-level form of an unbound-item policy: (flag,); NotImplementedError for anything else."""
    try:
        flag = _UNBOUND_CONSTANT_TO_FLAG[unbound]
    except (KeyError, TypeError):
        raise NotImplementedError(f'unsupported unbound replacement op {unbound!r}') from None
    return flag,


def resolve_unbound(flag, exctype_destroyed):
    """What get() gives for an item of a destroyed interpreter under the policy flag."""
    try:
        op = _UNBOUND_FLAG_TO_CONSTANT[flag]
    except (KeyError, TypeError):
        raise NotImplementedError(f'unsupported unbound replacement op {flag!r}') from None
    if op is UNBOUND_REMOVE:
        raise NotImplementedError  # removed items are never got
    if op is UNBOUND_ERROR:
        raise exctype_destroyed("item's original interpreter destroyed")
    return UNBOUND

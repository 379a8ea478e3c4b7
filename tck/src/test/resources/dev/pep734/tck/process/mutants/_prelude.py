# Helpers every mutant's patch may use; the patch runs after them, indented under `if interpreters is not None:`.
import functools
# @_patch(owner, name, ...) replaces each named attribute by the decorated function, which receives the original as
# its first argument; the replacement keeps the original's name and signature (signature checks see no change).
def _patch(owner, *names):
    def install(replacement):
        for name in names:
            original = getattr(owner, name)
            def patched(*args, _original=original, **kwargs):
                return replacement(_original, *args, **kwargs)
            setattr(owner, name, functools.wraps(original)(patched))
        return replacement
    return install
try:
    from concurrent import interpreters
    from concurrent.interpreters import _queues
except ImportError:
    interpreters = None
if interpreters is not None:
    # _raise_instead(caught, make, owner, *names): the named methods raise make(e) where they raised caught (the
    # shape of a wrong exception type).
    def _raise_instead(caught, make, owner, *names):
        @_patch(owner, *names)
        def _translated(method, *args, **kwargs):
            try:
                return method(*args, **kwargs)
            except caught as e:
                raise make(e) from None
    # _change_sent(change, queues_only=False): Queue.put/put_nowait (and, unless queues_only, prepare_main and call)
    # send change(value) for every argument, inside tuples too (a value altered on its way); _low_64_bits is one.
    def _change_sent(change, queues_only=False):
        def deep(value):
            return tuple(deep(v) for v in value) if type(value) is tuple else change(value)
        def _sending(method, self, *args, **kwargs):
            return method(self, *[deep(a) for a in args], **{k: deep(v) for k, v in kwargs.items()})
        _patch(_queues.Queue, "put", "put_nowait")(_sending)
        if not queues_only:
            _patch(interpreters.Interpreter, "prepare_main", "call")(_sending)
    def _low_64_bits(value):
        if type(value) is int and not -2 ** 63 <= value < 2 ** 63:
            return (value + 2 ** 63) % 2 ** 64 - 2 ** 63
        return value
    # _default_unbounditems(policy): create_queue() without unbounditems uses policy instead of UNBOUND.
    def _default_unbounditems(policy):
        @_patch(interpreters, "create_queue")
        def _create_queue(create_queue, maxsize=0, *, unbounditems=policy):
            return create_queue(maxsize, unbounditems=unbounditems)
        _queues.create = interpreters.create_queue

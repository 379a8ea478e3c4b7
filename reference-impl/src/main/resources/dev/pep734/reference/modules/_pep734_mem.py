# Shared memory for memoryviews that cross interpreters.
#
# GraalPy shows the same memory in two contexts only when it lives in a Java ByteBuffer. So:
# * a memoryview that ARRIVES here is a live view of a Java block: every interpreter holding it, and
#   every interpreter it is passed on to, reads and writes the same bytes at any time;
# * a memoryview BORN here over Python memory (memoryview(bytearray(n)), the common case) is copied
#   into a new block when it first crosses; this interpreter keeps its own bytearray, and the two are
#   reconciled at every cross-interpreter operation made in this interpreter (exec, call,
#   prepare_main, queue put/get, before and after): bytes changed on one side only are copied to the
#   other, bytes changed on both sides keep this side's value. Each step is a bulk copy (bytes(), slice
#   assignment of bytes, or the host's fillBlock): GraalPy's memoryview element loops run at ~10 MiB/s.
#   Writes made by another interpreter
#   while this one does not call into the API are not seen here until its next such operation.
# Views are kept alive (strong references), as CPython's exporter stays locked while shared.
import sys

_views = {}    # id(memoryview) -> (memoryview, block): views we can send as their block
_origins = []  # [flat view of Python memory, view of its block, bytes at last reconcile]; never rebound,
#                so callers on hot paths test it before calling sync_memory()


def _ops():
    return sys.modules['_pep734_xi'].interpreters_ops


def _encode_memory(m):
    entry = _views.get(id(m))
    if entry is not None and entry[0] is m:
        return ('m', entry[1], m.readonly)
    xi = sys.modules['_pep734_xi']
    if not m.c_contiguous:
        raise xi.not_shareable(f'{m!r} does not support cross-interpreter data')
    flat = m if (m.format == 'B' and m.ndim == 1) else m.cast('B')
    block = xi.unwrap(_ops().allocate(m.nbytes))
    mine = bytes(flat)
    if mine:
        _fill(block, mine)
    if not m.readonly:
        _origins.append([flat, block, mine, _owner(flat)])
    _views[id(m)] = (m, block)
    return ('m', block, m.readonly)


def _owner(flat):
    """The bytearray a view spans whole, written faster by slice assignment than the view itself."""
    obj = flat.obj
    return obj if type(obj) is bytearray and len(obj) == flat.nbytes else None


def _fill(block, data):
    if not data:
        return  # an empty block has nothing to fill (and GraalPy shows empty bytes as no buffer)
    xi = sys.modules['_pep734_xi']
    xi.unwrap(xi.host.fillBlock(block, data))


def _write_mine(record, data):
    flat, owner = record[0], record[3]
    if owner is not None:
        owner[:] = data
    else:
        flat[:] = data


def _shared_view(block):
    view = memoryview(block)
    _views[id(view)] = (view, block)
    return view


def sync_memory():
    if not _origins:
        return
    for record in list(_origins):
        flat, block, snapshot = record[0], record[1], record[2]
        owner = record[3]
        try:
            # flat.nbytes raises ValueError once the view is released, as bytes(flat) does
            mine = bytes(flat) if owner is None else (bytes(owner) if flat.nbytes else b'')
        except ValueError:  # released by its owner: stop reconciling
            _origins.remove(record)
            continue
        theirs = bytes(memoryview(block))
        if mine == theirs:
            record[2] = mine
            continue
        if theirs == snapshot:
            _fill(block, mine)
            record[2] = mine
        elif mine == snapshot:
            _write_mine(record, theirs)
            record[2] = theirs
        else:
            merged = bytearray(theirs)
            for i, (a, b) in enumerate(zip(mine, snapshot)):
                if a != b:
                    merged[i] = a
            merged = bytes(merged)
            _write_mine(record, merged)
            _fill(block, merged)
            record[2] = merged

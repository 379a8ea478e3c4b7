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
#   assignment of a bytearray, struct.pack_into, the host's fillBlock, whole-number operations for bytes
#   changed on both sides): GraalPy 25.2.4's memoryview slice assignment and tobytes() go item by item
#   (~8 and ~18 MiB/s) and a Python loop over bytes runs at ~1 MiB/s. Writes made by another interpreter
#   while this one does not call into the API are not seen here until its next such operation.
# Views are kept alive (strong references), as CPython's exporter stays locked while shared.
import sys
from struct import pack_into as _pack_into

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
    elif data:
        # Not flat[:] = data: GraalPy 25.2.4 assigns a memoryview slice item by item (~8 MiB/s), while
        # pack_into copies into the buffer in bulk (~400 MiB/s), for any writable view of Python memory.
        _pack_into(f'{len(data)}s', flat, 0, data)


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
            merged = _merge(mine, snapshot, theirs)
            _write_mine(record, merged)
            _fill(block, merged)
            record[2] = merged


_MERGE_CHUNK = 1 << 16
_CHANGED = bytes([0]) + bytes([255]) * 255  # translate(): 0x00 stays, any other byte becomes 0xff


def _merge(mine, snapshot, theirs):
    """Each byte from mine where mine changed it since the snapshot, else from theirs. Chunks changed on one
    side only are taken whole; a loop over bytes would run at ~1 MiB/s on GraalPy's interpreter."""
    parts = []
    for start in range(0, len(mine), _MERGE_CHUNK):
        end = start + _MERGE_CHUNK
        a, s, t = mine[start:end], snapshot[start:end], theirs[start:end]
        if a == s:
            parts.append(t)
        elif t == s:
            parts.append(a)
        else:
            parts.append(_merge_bytes(a, s, t))
    return b''.join(parts)


def _merge_bytes(mine, snapshot, theirs):
    """_merge on one chunk, as whole-number operations: a mask of 0xff where mine differs from snapshot."""
    n, number = len(mine), int.from_bytes
    mask = number((number(mine, 'big') ^ number(snapshot, 'big')).to_bytes(n, 'big').translate(_CHANGED), 'big')
    return ((number(mine, 'big') & mask) | (number(theirs, 'big') & ~mask)).to_bytes(n, 'big')

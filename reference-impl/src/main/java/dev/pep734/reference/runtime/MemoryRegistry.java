package dev.pep734.reference.runtime;

import java.nio.ByteBuffer;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import org.graalvm.polyglot.Value;

/**
 * The shared memory blocks of one runtime. GraalPy can only show the same memory in two contexts when it
 * lives in a host {@link ByteBuffer} (docs/graalpy.md, "Shared memory"), so a memoryview that crosses is
 * backed by a block allocated here; guests may only hand back blocks of this runtime.
 */
final class MemoryRegistry {
    /** Upper bound of one block: the JVM heap is shared by every interpreter. */
    static final int MAX_BLOCK = 1 << 30;
    private final Map<ByteBuffer, Boolean> blocks = Collections.synchronizedMap(new IdentityHashMap<>());
    private final Map<ByteBuffer, ByteBuffer> readOnlyViews = Collections.synchronizedMap(new IdentityHashMap<>());

    ByteBuffer allocate(Value size) {
        if (!size.isNumber() || !size.fitsInLong()) {
            throw GuestRaise.typeError("size must be an int");
        }
        long n = size.asLong();
        if (n < 0 || n > MAX_BLOCK) {
            throw GuestRaise.valueError("size out of range: " + n);
        }
        ByteBuffer block = ByteBuffer.allocate((int) n);
        blocks.put(block, Boolean.TRUE);
        return block;
    }

    /** Overwrites a writable block with {@code data}, which must be exactly as long. */
    void fill(Value handle, byte[] data) {
        ByteBuffer block = require(handle, false);
        if (block.isReadOnly()) {
            throw GuestRaise.typeError("cannot modify read-only memory");
        }
        if (data.length != block.capacity()) {
            throw GuestRaise.valueError("memoryview assignment: lvalue and rvalue have different structures");
        }
        block.duplicate().clear().put(data);
    }

    /** The block behind a guest's handle; read-only views of it stay read-only. */
    ByteBuffer require(Value handle, boolean readOnly) {
        Object host = handle.isHostObject() ? handle.asHostObject() : null;
        if (!(host instanceof ByteBuffer block) || !blocks.containsKey(block)) {
            throw GuestRaise.typeError("not a shared memory block of this runtime");
        }
        if (!readOnly || block.isReadOnly()) {
            return block;
        }
        // One read-only view per block, itself a known block, so it can be passed on again.
        return readOnlyViews.computeIfAbsent(block, b -> {
            ByteBuffer view = b.asReadOnlyBuffer();
            blocks.put(view, Boolean.TRUE);
            return view;
        });
    }
}

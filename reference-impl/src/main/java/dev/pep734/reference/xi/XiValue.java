package dev.pep734.reference.xi;

import java.nio.ByteBuffer;
import java.util.List;

/**
 * Cross-interpreter data: a value as plain Java, detached from the context that sent it and rebuilt by
 * the receiving context with its own builtins. Only the kinds CPython 3.14 shares natively have a record;
 * everything else CPython would pickle travels as {@link Pickled} bytes.
 */
public sealed interface XiValue {

    /** {@code None}. */
    record None() implements XiValue {
    }

    /** {@code True} or {@code False}. */
    record Bool(boolean value) implements XiValue {
    }

    /** An {@code int} in the int64 range (CPython refuses larger ones natively: "try sending as bytes"). */
    record Int(long value) implements XiValue {
    }

    /** A {@code float}, bit for bit (nan payloads and -0.0 survive). */
    record Float(double value) implements XiValue {
    }

    /** A {@code str}; a Java String keeps lone surrogates, as Python's str does. */
    record Str(String value) implements XiValue {
    }

    /** A {@code bytes} object, copied. */
    record Bytes(byte[] value) implements XiValue {
        public Bytes {
            value = value.clone();
        }

        @Override
        public byte[] value() {
            return value.clone();
        }

        /** The same bytes, read-only and not copied: what the receiver reads (a 1 MiB item is not copied twice). */
        public ByteBuffer view() {
            return ByteBuffer.wrap(value).asReadOnlyBuffer();
        }
    }

    /** A {@code tuple} of shareable values. */
    record Tuple(List<XiValue> items) implements XiValue {
        public Tuple {
            items = List.copyOf(items);
        }
    }

    /** A {@code memoryview}: the SAME memory on both sides, never a copy. */
    record Memory(ByteBuffer buffer) implements XiValue {
    }

    /** A cross-interpreter queue, by id: it arrives as the same queue. */
    record QueueRef(long id) implements XiValue {
    }

    /** One end of a cross-interpreter channel, by id: it arrives as the same end of the same channel. */
    record ChannelRef(long id, boolean send) implements XiValue {
    }

    /**
     * A stateless function (no closure, no defaults, globals only builtins), as CPython 3.14 carries one: its
     * marshalled code, rebuilt by the receiver with its own {@code __main__} as globals.
     */
    record Function(byte[] code, String name, String qualname) implements XiValue {
        public Function {
            code = code.clone();
        }

        @Override
        public byte[] code() {
            return code.clone();
        }

        /** The same bytes, read-only and not copied: what the receiver reads (a 1 MiB item is not copied twice). */
        public ByteBuffer view() {
            return ByteBuffer.wrap(code).asReadOnlyBuffer();
        }
    }

    /** An object CPython pickles (queue items, call arguments and results): pickled by the sender. */
    record Pickled(byte[] data) implements XiValue {
        public Pickled {
            data = data.clone();
        }

        @Override
        public byte[] data() {
            return data.clone();
        }

        /** The same bytes, read-only and not copied: what the receiver reads (a 1 MiB item is not copied twice). */
        public ByteBuffer view() {
            return ByteBuffer.wrap(data).asReadOnlyBuffer();
        }
    }
}

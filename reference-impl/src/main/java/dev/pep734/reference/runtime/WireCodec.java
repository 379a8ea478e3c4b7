package dev.pep734.reference.runtime;

import dev.pep734.reference.xi.XiValue;
import java.util.ArrayList;
import java.util.List;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyArray;

/**
 * Converts between the wire form our Python helpers speak ({@code (tag, payload)} pairs, see
 * {@code _pep734_xi.encode}) and {@link XiValue}. Reading copies everything out of the sending context, so
 * no {@link Value} ever reaches another context; writing builds proxies of plain Java values only.
 */
final class WireCodec {
    private static final int MAX_DEPTH = 200;
    private final MemoryRegistry memory;

    WireCodec(MemoryRegistry memory) {
        this.memory = memory;
    }

    /** Reads a wire value; anything malformed (a forged call) is a TypeError, never a Java exception. */
    XiValue read(Value wire) {
        try {
            return read(wire, 0);
        } catch (ClassCastException | UnsupportedOperationException | IllegalArgumentException
                 | IndexOutOfBoundsException | NullPointerException e) {
            throw GuestRaise.typeError("malformed cross-interpreter data");
        }
    }

    /**
     * Reads a value sent as {@code (tag, payload)} in two arguments: tag {@code "w"} for a wire value, or a
     * scalar's own wire tag ({@code n b i f s y}) with the object itself, which saves the sender building a
     * wire tuple and us reading it (each polyglot access costs microseconds in GraalPy's interpreter).
     */
    XiValue readTagged(Value tag, Value payload) {
        try {
            String t = tag.asString();
            if (t.equals("w")) {
                return read(payload, 0);
            }
            XiValue scalar = scalar(t, payload);
            if (scalar == null) {
                throw GuestRaise.typeError("malformed cross-interpreter data");
            }
            return scalar;
        } catch (ClassCastException | UnsupportedOperationException | IllegalArgumentException
                 | IndexOutOfBoundsException | NullPointerException e) {
            throw GuestRaise.typeError("malformed cross-interpreter data");
        }
    }

    private XiValue read(Value wire, int depth) {
        if (depth > MAX_DEPTH || !wire.hasArrayElements() || wire.getArraySize() < 1) {
            throw GuestRaise.typeError("malformed cross-interpreter data");
        }
        String tag = wire.getArrayElement(0).asString();
        if (tag.equals("n")) {
            return new XiValue.None();
        }
        Value p = wire.getArrayElement(1);
        XiValue scalar = scalar(tag, p);
        if (scalar != null) {
            return scalar;
        }
        return switch (tag) {
            case "p" -> new XiValue.Pickled(bytes(p));
            case "F" -> new XiValue.Function(bytes(p), wire.getArrayElement(2).asString(),
                    wire.getArrayElement(3).asString());
            case "q" -> new XiValue.QueueRef(p.asLong());
            case "c" -> new XiValue.ChannelRef(p.asLong(), wire.getArrayElement(2).asBoolean());
            case "m" -> new XiValue.Memory(memory.require(p, wire.getArrayElement(2).asBoolean()));
            case "t" -> {
                List<XiValue> items = new ArrayList<>();
                for (long i = 0; i < p.getArraySize(); i++) {
                    items.add(read(p.getArrayElement(i), depth + 1));
                }
                yield new XiValue.Tuple(items);
            }
            default -> throw GuestRaise.typeError("malformed cross-interpreter data");
        };
    }

    /** A scalar's value from its wire tag and payload; null for a tag that is not a scalar's. */
    private static XiValue scalar(String tag, Value p) {
        return switch (tag) {
            case "n" -> new XiValue.None();
            case "b" -> new XiValue.Bool(p.asBoolean());
            case "i" -> {
                if (!p.fitsInLong()) {
                    throw GuestRaise.typeError("malformed cross-interpreter data");
                }
                yield new XiValue.Int(p.asLong());
            }
            case "f" -> new XiValue.Float(p.asDouble());
            case "s" -> new XiValue.Str(p.asString());
            case "y" -> new XiValue.Bytes(bytes(p));
            default -> null;
        };
    }

    static byte[] bytes(Value v) {
        if (!v.hasBufferElements()) {
            throw GuestRaise.typeError("malformed cross-interpreter data");
        }
        byte[] data = new byte[Math.toIntExact(v.getBufferSize())];
        v.readBuffer(0, data, 0, data.length);
        return data;
    }

    /**
     * What the receiver takes without a wire form: an int, float, str or bool as the Java value GraalPy shows
     * as that Python type, None as null, bytes as a read-only buffer; any other value as its {@link #write}
     * form, a list (see {@code _pep734_xi.rebuild_direct}).
     */
    static Object writeDirect(XiValue value) {
        if (value instanceof XiValue.Int i) {
            return i.value();
        } else if (value instanceof XiValue.Float f) {
            return f.value();
        } else if (value instanceof XiValue.Str s) {
            return s.value();
        } else if (value instanceof XiValue.Bool b) {
            return b.value();
        } else if (value instanceof XiValue.None) {
            return null;
        } else if (value instanceof XiValue.Bytes y) {
            return y.view();
        }
        return write(value);
    }

    /** The wire form for the receiving context: proxies and plain Java values only. */
    static Object write(XiValue value) {
        // Java 17: no pattern switch over the sealed interface, so an instanceof chain.
        if (value instanceof XiValue.None) {
            return ProxyArray.fromArray("n");
        } else if (value instanceof XiValue.Bool b) {
            return ProxyArray.fromArray("b", b.value());
        } else if (value instanceof XiValue.Int i) {
            return ProxyArray.fromArray("i", i.value());
        } else if (value instanceof XiValue.Float f) {
            return ProxyArray.fromArray("f", f.value());
        } else if (value instanceof XiValue.Str s) {
            return ProxyArray.fromArray("s", s.value());
        } else if (value instanceof XiValue.Bytes y) {
            return ProxyArray.fromArray("y", y.view());
        } else if (value instanceof XiValue.Function fn) {
            return ProxyArray.fromArray("F", fn.view(), fn.name(), fn.qualname());
        } else if (value instanceof XiValue.Pickled p) {
            return ProxyArray.fromArray("p", p.view());
        } else if (value instanceof XiValue.QueueRef q) {
            return ProxyArray.fromArray("q", q.id());
        } else if (value instanceof XiValue.ChannelRef c) {
            return ProxyArray.fromArray("c", c.id(), c.send());
        } else if (value instanceof XiValue.Memory m) {
            return ProxyArray.fromArray("m", m.buffer(), m.buffer().isReadOnly());
        } else if (value instanceof XiValue.Tuple t) {
            Object[] items = new Object[t.items().size()];
            for (int i = 0; i < items.length; i++) {
                items[i] = write(t.items().get(i));
            }
            return ProxyArray.fromArray("t", ProxyArray.fromArray(items));
        }
        throw new IllegalArgumentException("unknown cross-interpreter value " + value);
    }
}

package dev.pep734.tck.property;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A generated Python value: its source text, its kind (for statistics), what the sharing rules say about it,
 * and simpler values to try when it is part of a counterexample.
 *
 * <p>The rules, as documented and as CPython 3.14.3 behaves (measured; the 3.14 profile's errata.txt lists where the
 * document and CPython differ, items 4-6):
 * {@code is_shareable} is true for None, bool, int (any size), float, str, bytes, memoryview and <em>any</em>
 * tuple; a value crosses {@code prepare_main} only if it is shareable all the way down with ints inside
 * int64 ({@link #strict()}); queues and {@code call} fall back to pickle for everything else that pickles.
 */
sealed interface PyValue {

    BigInteger INT64_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    BigInteger INT64_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    /** Python source of an expression that makes the value (in the harness's namespace). */
    String source();

    /** The kind, for statistics and reports: {@code int}, {@code int-beyond-int64}, {@code tuple}, ... */
    String kind();

    /** What {@code interpreters.is_shareable} answers. */
    boolean shareable();

    /** Whether it crosses as cross-interpreter data, without pickle (and so also through prepare_main). */
    boolean strict();

    /** Whether a queue or call can carry it at all (as data or pickled). */
    default boolean picklable() {
        return true;
    }

    /** Simpler values, simplest first; empty when there is nothing simpler. */
    List<PyValue> shrinks();

    /** None, bools, Ellipsis and other values that are one fixed name or expression. */
    record Atom(String source, String kind, boolean shareable, boolean strict, boolean picklable)
            implements PyValue {
        @Override
        public List<PyValue> shrinks() {
            return List.of();
        }
    }

    /** An int; beyond int64 it is still shareable by the rule, but CPython sends it only by pickle. */
    record Int(BigInteger value) implements PyValue {
        @Override
        public String source() {
            return value.toString();
        }

        @Override
        public String kind() {
            return inInt64() ? "int" : "int-beyond-int64";
        }

        @Override
        public boolean shareable() {
            return true;
        }

        @Override
        public boolean strict() {
            return inInt64();
        }

        private boolean inInt64() {
            return value.compareTo(INT64_MIN) >= 0 && value.compareTo(INT64_MAX) <= 0;
        }

        @Override
        public List<PyValue> shrinks() {
            List<PyValue> out = new ArrayList<>();
            if (value.signum() != 0) {
                out.add(new Int(BigInteger.ZERO));
                // Beyond int64 the nearest simple witness is the first int outside the range.
                if (value.compareTo(INT64_MAX) > 0 && !value.equals(INT64_MAX.add(BigInteger.ONE))) {
                    out.add(new Int(INT64_MAX.add(BigInteger.ONE)));
                }
                if (value.compareTo(INT64_MIN) < 0 && !value.equals(INT64_MIN.subtract(BigInteger.ONE))) {
                    out.add(new Int(INT64_MIN.subtract(BigInteger.ONE)));
                }
                if (value.signum() < 0) {
                    out.add(new Int(value.negate()));
                }
                BigInteger half = value.divide(BigInteger.TWO);
                if (half.signum() != 0 && !half.equals(value)) {
                    out.add(new Int(half));
                }
            }
            return out;
        }
    }

    /** A float, rendered so that nan, the infinities, -0.0 and subnormals survive exactly. */
    record Float(double value) implements PyValue {
        @Override
        public String source() {
            if (Double.isNaN(value)) {
                return "float('nan')";
            }
            if (Double.isInfinite(value)) {
                return value > 0 ? "float('inf')" : "-float('inf')";
            }
            // Double.toString round-trips every double exactly, and Python reads the same literal.
            return Double.toString(value);
        }

        @Override
        public String kind() {
            if (Double.isNaN(value)) {
                return "float-nan";
            }
            if (Double.isInfinite(value)) {
                return "float-inf";
            }
            if (value == 0) {
                return 1 / value < 0 ? "float-negative-zero" : "float";
            }
            return Math.abs(value) < Double.MIN_NORMAL ? "float-subnormal" : "float";
        }

        @Override
        public boolean shareable() {
            return true;
        }

        @Override
        public boolean strict() {
            return true;
        }

        @Override
        public List<PyValue> shrinks() {
            List<PyValue> out = new ArrayList<>();
            for (double d : new double[] {0.0, 1.0, Math.rint(value), value / 2}) {
                if (Double.compare(d, value) != 0 && !Double.isNaN(d)) {
                    out.add(new Float(d));
                }
            }
            return out.stream().distinct().collect(Collectors.toList());
        }
    }

    /** str, bytes, bytearray or a memoryview, all as a sequence of code points or bytes. */
    record Text(String type, List<Integer> units) implements PyValue {
        public Text {
            units = List.copyOf(units);
        }

        @Override
        public String source() {
            return PythonLiterals.render(type, units);
        }

        @Override
        public String kind() {
            return "str".equals(type) ? PythonLiterals.strKind(units) : type;
        }

        @Override
        public boolean shareable() {
            return !"bytearray".equals(type);
        }

        @Override
        public boolean strict() {
            return shareable();
        }

        /** A memoryview over a bytearray: a write in one interpreter must show in the other. */
        boolean writableView() {
            return "memoryview-bytearray".equals(type) && !units.isEmpty();
        }

        @Override
        public List<PyValue> shrinks() {
            List<PyValue> out = new ArrayList<>();
            if (!units.isEmpty()) {
                out.add(new Text(type, List.of()));
                out.add(new Text(type, units.subList(0, units.size() / 2)));
                out.add(new Text(type, units.subList(units.size() / 2, units.size())));
                out.add(new Text(type, units.subList(1, units.size())));
            }
            return out.stream().filter(v -> !v.equals(this)).distinct().collect(Collectors.toList());
        }
    }

    /** A tuple, list, set, frozenset or dict (keys taken from the elements, values their position). */
    record Container(String type, List<PyValue> elements) implements PyValue {
        public Container {
            elements = List.copyOf(elements);
        }

        @Override
        public String source() {
            return PythonLiterals.container(type, elements.stream().map(PyValue::source).toList());
        }

        @Override
        public String kind() {
            if (!"tuple".equals(type)) {
                return type;
            }
            return strict() ? "tuple" : "tuple-holding-" + elements.stream().filter(e -> !e.strict())
                    .findFirst().map(PyValue::kind).orElse("?");
        }

        @Override
        public boolean shareable() {
            return "tuple".equals(type);
        }

        @Override
        public boolean strict() {
            return "tuple".equals(type) && elements.stream().allMatch(PyValue::strict);
        }

        @Override
        public boolean picklable() {
            return elements.stream().allMatch(PyValue::picklable);
        }

        @Override
        public List<PyValue> shrinks() {
            List<PyValue> out = new ArrayList<>();
            if (elements.isEmpty()) {
                return out;
            }
            out.add(new Container(type, List.of()));
            // An element on its own: the smallest witness is often inside (a -0.0 in a tuple).
            out.addAll(elements);
            for (int i = 0; i < elements.size(); i++) {
                List<PyValue> fewer = new ArrayList<>(elements);
                fewer.remove(i);
                out.add(new Container(type, fewer));
            }
            for (int i = 0; i < elements.size(); i++) {
                for (PyValue smaller : elements.get(i).shrinks()) {
                    List<PyValue> changed = new ArrayList<>(elements);
                    changed.set(i, smaller);
                    out.add(new Container(type, changed));
                }
            }
            return out;
        }
    }
}

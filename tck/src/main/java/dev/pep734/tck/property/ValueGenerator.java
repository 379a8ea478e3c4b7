package dev.pep734.tck.property;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Python values for the shareability properties: the edge cases first (every kind the documents or CPython
 * name, and the boundaries where implementations slip), then random values.
 */
final class ValueGenerator {

    private static final int MAX_DEPTH = 3;

    private ValueGenerator() {
    }

    /** {@code tries} values: the edge cases, then random ones from {@code random}. */
    static List<PyValue> values(SplittableRandom random, int tries) {
        List<PyValue> out = new ArrayList<>(edgeCases());
        while (out.size() < tries) {
            out.add(any(random, 0));
        }
        return out;
    }

    static List<PyValue> edgeCases() {
        BigInteger two = BigInteger.TWO;
        List<PyValue> e = new ArrayList<>();
        e.add(atom("None", "none", true, true));
        e.add(atom("True", "bool", true, true));
        e.add(atom("False", "bool", true, true));
        for (BigInteger i : List.of(BigInteger.ZERO, BigInteger.ONE.negate(), PyValue.INT64_MAX, PyValue.INT64_MIN,
                PyValue.INT64_MAX.add(BigInteger.ONE), PyValue.INT64_MIN.subtract(BigInteger.ONE), two.pow(100),
                two.pow(100).negate())) {
            e.add(new PyValue.Int(i));
        }
        for (double d : new double[] {0.0, -0.0, 1.5, Double.NaN, Double.POSITIVE_INFINITY,
                Double.NEGATIVE_INFINITY, Double.MIN_VALUE, -Double.MIN_VALUE, Double.MAX_VALUE}) {
            e.add(new PyValue.Float(d));
        }
        e.add(text("str", ""));
        e.add(text("str", "a'\\\"\n"));
        e.add(new PyValue.Text("str", List.of(0xe9, 0x4e2d)));
        e.add(new PyValue.Text("str", List.of(0x1f600)));
        e.add(new PyValue.Text("str", List.of(0xd800)));
        e.add(new PyValue.Text("str", List.of(0x61, 0xdfff)));
        e.add(new PyValue.Text("bytes", List.of()));
        e.add(new PyValue.Text("bytes", List.of(0, 0x80, 0xff)));
        e.add(new PyValue.Text("memoryview-bytes", List.of(0x61, 0x62)));
        e.add(new PyValue.Text("memoryview-bytearray", List.of(0x61, 0x62, 0x63)));
        e.add(new PyValue.Container("tuple", List.of()));
        e.add(new PyValue.Container("tuple", List.of(new PyValue.Int(BigInteger.ONE),
                new PyValue.Container("tuple", List.of(text("str", "a"), new PyValue.Float(-0.0))))));
        e.add(new PyValue.Container("tuple", List.of(new PyValue.Int(BigInteger.ONE),
                new PyValue.Container("list", List.of(new PyValue.Int(two))))));
        e.add(new PyValue.Container("tuple", List.of(new PyValue.Int(two.pow(64)))));
        e.add(new PyValue.Container("list", List.of()));
        e.add(new PyValue.Container("list", List.of(new PyValue.Int(BigInteger.ONE), text("str", "x"))));
        e.add(new PyValue.Container("dict", List.of(text("str", "k"))));
        e.add(new PyValue.Container("set", List.of(new PyValue.Int(BigInteger.ONE))));
        e.add(new PyValue.Container("frozenset", List.of(text("str", "f"))));
        e.add(new PyValue.Text("bytearray", List.of(0x78)));
        e.addAll(nonShareableAtoms());
        return e;
    }

    /** Values of kinds that are not shareable data, defined by the harness (HELPERS) where they need names. */
    static List<PyValue> nonShareableAtoms() {
        return List.of(
                atom("Point(1)", "instance", false, true),
                atom("module_function", "function", false, true),
                atom("(lambda: 1)", "function-stateless-lambda", false, true),
                atom("(lambda: math.pi)", "function-reading-globals", false, false),
                atom("make_closure(1)", "function-closure", false, false),
                atom("Point", "class", false, true),
                atom("complex(-0.0, 2.5)", "complex", false, true),
                atom("range(1, 7, 2)", "range", false, true),
                atom("slice(1, None, 2)", "slice", false, true),
                atom("...", "ellipsis", false, true),
                atom("MyInt(3)", "int-subclass", false, true),
                atom("MyStr('s')", "str-subclass", false, true),
                atom("MyTuple((1, 2))", "tuple-subclass", false, true));
    }

    private static PyValue atom(String source, String kind, boolean shareable, boolean picklable) {
        return new PyValue.Atom(source, kind, shareable, shareable, picklable);
    }

    private static PyValue text(String type, String s) {
        return new PyValue.Text(type, s.codePoints().boxed().toList());
    }

    /** A random value of any kind; containers hold data only (no functions: those pickle only at top level). */
    static PyValue any(SplittableRandom r, int depth) {
        if (r.nextInt(6) == 0) {
            List<PyValue> atoms = nonShareableAtoms();
            return atoms.get(r.nextInt(atoms.size()));
        }
        return data(r, depth);
    }

    static PyValue data(SplittableRandom r, int depth) {
        int choice = r.nextInt(depth >= MAX_DEPTH ? 7 : 12);
        return switch (choice) {
            case 0 -> r.nextInt(3) == 0 ? atom("None", "none", true, true)
                    : atom(r.nextBoolean() ? "True" : "False", "bool", true, true);
            case 1, 2 -> new PyValue.Int(integer(r));
            case 3 -> new PyValue.Float(floating(r));
            case 4 -> new PyValue.Text("str", codePoints(r));
            case 5 -> new PyValue.Text(r.nextBoolean() ? "bytes" : "bytearray", bytes(r));
            case 6 -> new PyValue.Text(r.nextBoolean() ? "memoryview-bytes" : "memoryview-bytearray", bytes(r));
            case 7, 8, 9 -> new PyValue.Container("tuple", elements(r, depth));
            case 10 -> new PyValue.Container("list", elements(r, depth));
            default -> new PyValue.Container(List.of("set", "frozenset", "dict").get(r.nextInt(3)), keys(r));
        };
    }

    private static List<PyValue> elements(SplittableRandom r, int depth) {
        List<PyValue> out = new ArrayList<>();
        int n = r.nextInt(4);
        for (int i = 0; i < n; i++) {
            PyValue v = data(r, depth + 1);
            // memoryviews inside containers would be pickled by a queue, which memoryview refuses.
            out.add(v instanceof PyValue.Text t && t.type().startsWith("memoryview") ? new PyValue.Int(integer(r)) : v);
        }
        return out;
    }

    /** Hashable, and equal only when identical after a copy (no floats: nan and -0.0 break set equality). */
    private static List<PyValue> keys(SplittableRandom r) {
        List<PyValue> out = new ArrayList<>();
        int n = r.nextInt(4);
        for (int i = 0; i < n; i++) {
            out.add(r.nextBoolean() ? new PyValue.Int(BigInteger.valueOf(r.nextInt(-50, 50)))
                    : new PyValue.Text("str", codePoints(r)));
        }
        return out;
    }

    static BigInteger integer(SplittableRandom r) {
        return switch (r.nextInt(4)) {
            case 0 -> BigInteger.valueOf(r.nextInt(-1000, 1000));
            case 1 -> BigInteger.valueOf(r.nextLong());
            case 2 -> (r.nextBoolean() ? PyValue.INT64_MAX : PyValue.INT64_MIN).add(BigInteger.valueOf(r.nextInt(-3, 4)));
            default -> new BigInteger(64 + r.nextInt(140), new java.util.Random(r.nextLong()))
                    .multiply(BigInteger.valueOf(r.nextBoolean() ? 1 : -1));
        };
    }

    static double floating(SplittableRandom r) {
        return switch (r.nextInt(3)) {
            case 0 -> Double.longBitsToDouble(r.nextLong());
            case 1 -> r.nextInt(-100, 100) / 4.0;
            default -> Double.longBitsToDouble(r.nextLong(0, 1L << 52)) * (r.nextBoolean() ? 1 : -1);
        };
    }

    private static List<Integer> codePoints(SplittableRandom r) {
        List<Integer> out = new ArrayList<>();
        int n = r.nextInt(6);
        for (int i = 0; i < n; i++) {
            out.add(switch (r.nextInt(5)) {
                case 0, 1 -> r.nextInt(0x20, 0x7f);
                case 2 -> r.nextInt(0x80, 0xd800);
                case 3 -> r.nextInt(0xd800, 0xe000);
                default -> r.nextInt(0x10000, 0x110000);
            });
        }
        return out;
    }

    private static List<Integer> bytes(SplittableRandom r) {
        List<Integer> out = new ArrayList<>();
        int n = r.nextInt(6);
        for (int i = 0; i < n; i++) {
            out.add(r.nextInt(256));
        }
        return out;
    }
}

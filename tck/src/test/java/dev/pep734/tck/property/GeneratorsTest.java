package dev.pep734.tck.property;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The generators: edge cases first, replayable from the seed, and the rules each value carries. */
class GeneratorsTest {

    @Test
    void the_same_seed_gives_the_same_values_and_another_seed_other_values() {
        List<String> a = sources(ValueGenerator.values(Seeds.random(42, "p"), 200));
        assertEquals(a, sources(ValueGenerator.values(Seeds.random(42, "p"), 200)));
        assertNotEquals(a, sources(ValueGenerator.values(Seeds.random(43, "p"), 200)));
        assertNotEquals(a, sources(ValueGenerator.values(Seeds.random(42, "q"), 200)));
    }

    @Test
    void edge_cases_come_first_and_cover_every_kind_the_issue_names() {
        List<PyValue> values = ValueGenerator.values(new SplittableRandom(1), 10);
        assertEquals(ValueGenerator.edgeCases(), values.subList(0, ValueGenerator.edgeCases().size()));
        Set<String> kinds = values.stream().map(PyValue::kind).collect(Collectors.toSet());
        for (String kind : List.of("none", "bool", "int", "int-beyond-int64", "float-nan", "float-inf",
                "float-negative-zero", "float-subnormal", "str-non-ascii", "str-astral", "str-lone-surrogate",
                "bytes", "tuple", "tuple-holding-list", "memoryview-bytes", "memoryview-bytearray", "list", "dict",
                "set", "frozenset", "bytearray", "instance", "function", "class", "complex", "range", "slice",
                "ellipsis", "int-subclass", "str-subclass", "tuple-subclass", "function-closure")) {
            assertTrue(kinds.contains(kind), kind + " missing from " + kinds);
        }
    }

    @Test
    void values_carry_the_documented_rule_and_cpythons_exceptions() {
        PyValue big = new PyValue.Int(BigInteger.TWO.pow(63));
        assertTrue(big.shareable() && !big.strict() && big.picklable(), "beyond int64: shareable, sent pickled");
        PyValue tupleWithList = new PyValue.Container("tuple", List.of(new PyValue.Container("list", List.of())));
        assertTrue(tupleWithList.shareable() && !tupleWithList.strict());
        assertEquals("([],)", tupleWithList.source());
        assertFalse(new PyValue.Container("list", List.of()).shareable());
        assertEquals("-0.0", new PyValue.Float(-0.0).source());
        assertEquals("4.9E-324", new PyValue.Float(Double.MIN_VALUE).source());
        assertEquals("'a\\ud800\\U0001f600\\''",
                new PyValue.Text("str", List.of(0x61, 0xd800, 0x1f600, 0x27)).source());
        assertEquals("memoryview(bytearray(b'\\x00\\xff'))",
                new PyValue.Text("memoryview-bytearray", List.of(0, 255)).source());
    }

    @Test
    void a_value_shrinks_to_its_parts_and_to_simpler_values() {
        PyValue nested = new PyValue.Container("tuple", List.of(new PyValue.Int(BigInteger.valueOf(7)),
                new PyValue.Float(-0.0)));
        List<PyValue> shrinks = nested.shrinks();
        assertEquals(new PyValue.Container("tuple", List.of()), shrinks.get(0));
        assertTrue(shrinks.contains(new PyValue.Float(-0.0)), shrinks::toString);
        assertTrue(new PyValue.Float(-0.0).shrinks().contains(new PyValue.Float(0.0)));
        assertTrue(new PyValue.Int(BigInteger.TWO.pow(100)).shrinks()
                .contains(new PyValue.Int(PyValue.INT64_MAX.add(BigInteger.ONE))));
        assertTrue(new PyValue.Container("list", List.of()).shrinks().isEmpty());
    }

    private static List<String> sources(List<PyValue> values) {
        return values.stream().map(PyValue::source).toList();
    }
}

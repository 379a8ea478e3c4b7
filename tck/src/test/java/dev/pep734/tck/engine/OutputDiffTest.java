package dev.pep734.tck.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class OutputDiffTest {

    @Test
    void trailing_whitespace_and_blank_lines_do_not_count() {
        assertEquals("a\n  b", OutputDiff.normalise("a  \r\n  b\t\n\n\n"));
    }

    @Test
    void the_diff_marks_missing_and_extra_lines_around_common_ones() {
        assertEquals("  one\n- two\n+ 2\n  three\n+ four\n", OutputDiff.diff("one\ntwo\nthree", "one\n2\nthree\nfour"));
    }
}

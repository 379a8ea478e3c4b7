package dev.pep734.reference.example;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs the README's embedding example, so that the README cannot drift from the API. */
class EmbeddingExampleTest {

    @Test
    void theReadmeExampleRunsPythonFromJava() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = SortWords.sort(List.of("pear", "apple", "fig"), out, err);
        assertEquals("", err.toString(StandardCharsets.UTF_8));
        assertEquals("3 words: apple fig pear\n", out.toString(StandardCharsets.UTF_8));
        assertEquals(0, status);
    }
}

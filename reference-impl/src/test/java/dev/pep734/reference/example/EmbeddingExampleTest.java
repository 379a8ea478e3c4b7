package dev.pep734.reference.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs the README's embedding example, and checks that the README still quotes it whole. */
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

    @Test
    void theReadmeQuotesTheExampleAsItIs() throws IOException {
        // Surefire runs in the module directory.
        String readme = Files.readString(Path.of("README.md"));
        String example = Files.readString(Path.of("src/test/java/dev/pep734/reference/example/SortWords.java"));
        assertTrue(readme.contains("```java\n" + example + "```\n"),
                "reference-impl/README.md must quote SortWords.java verbatim; copy the file into its java block");
    }
}

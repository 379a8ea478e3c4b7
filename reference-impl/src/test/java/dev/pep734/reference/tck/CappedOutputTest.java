package dev.pep734.reference.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CappedOutputTest {

    @Test
    void keepsEverythingUpToTheLimitVerbatim() {
        CappedOutput out = new CappedOutput(12);
        out.write("héllo\n".getBytes(StandardCharsets.UTF_8), 0, 7);
        out.write('x');
        assertEquals("héllo\nx", out.text());
    }

    @Test
    void dropsWhatIsBeyondTheLimitAndSaysHowMuchOnItsOwnLine() {
        CappedOutput out = new CappedOutput(4);
        out.write("abcdef".getBytes(StandardCharsets.UTF_8), 0, 6);
        out.write('g');
        assertEquals("abcd\n[output truncated: 3 more bytes after the first 4 were not kept]\n", out.text());
    }

    @Test
    void countsEveryByteWrittenFromManyThreads() throws InterruptedException {
        CappedOutput out = new CappedOutput(1000);
        List<Thread> writers = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            Thread writer = new Thread(() -> {
                for (int i = 0; i < 500; i++) {
                    out.write(new byte[] {'a', 'b'}, 0, 2);
                }
            });
            writers.add(writer);
            writer.start();
        }
        for (Thread writer : writers) {
            writer.join();
        }
        String text = out.text();
        assertTrue(text.endsWith("\n[output truncated: 3000 more bytes after the first 1000 were not kept]\n"), text);
        assertEquals(1000, text.indexOf('\n'));
    }
}

package dev.pep734.reference.reliability;

import static dev.pep734.reference.reliability.GuestRun.asLong;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pep734.reference.runtime.ApiGeneration;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The soak of {@link QueueSoakTest} and {@link ChannelSoakTest}, one script for both transports: producer
 * and consumer subinterpreters, each on its own thread, move items {@code (producer, seq)} through several
 * queues or channels. Every consumer keeps a bitmap per producer; main merges them, so an item lost,
 * duplicated (even across consumers) or taken out of its producer's order is counted, not guessed.
 *
 * @param name the tag of the printed figures and the script's file name
 * @param setup Python that imports the API as {@code I} and defines {@code make(maxsize)} (a new
 *     {@code (sending end, receiving end)}; channels have no maxsize), {@code left(receiving end)} (items still
 *     in it) and {@code start(interp, code, names)} (runs {@code code} in {@code interp} with {@code names}
 *     bound in its {@code __main__}, blocking)
 * @param send the sending method's name, used as {@code end.SEND(item)}, blocking while the lane is full
 * @param recv the receiving call, used as {@code end.RECV}: waits, e.g. {@code get(timeout=120)}
 * @param reply the method a consumer sends its tally with, which must not wait for main to receive it
 */
record SoakScript(String name, ApiGeneration generation, String setup, String send, String recv, String reply) {
    private static final String TEMPLATE = """
            import sys, threading, time
            %IMPORT%

            PRODUCE = '''
            for seq in range(n):
                queues[seq % len(queues)].%SEND%((me, seq))
            '''

            CONSUME = '''
            seen = [bytearray((n + 7) // 8) for _ in range(producers)]
            last = [-1] * producers
            got = dups = disorder = 0
            q = queues[me % len(queues)]
            while True:
                item = q.%RECV%
                if item is None:
                    break
                p, seq = item
                byte, bit = seq >> 3, 1 << (seq & 7)
                if seen[p][byte] & bit:
                    dups += 1
                seen[p][byte] |= bit
                if seq <= last[p]:
                    disorder += 1
                last[p] = seq
                got += 1
            results.%REPLY%((me, got, dups, disorder, tuple(bytes(b) for b in seen)))
            '''

            def main():
                producers, consumers, nqueues, per_producer, maxsize = map(int, sys.argv[1:6])
                assert consumers >= nqueues, 'every queue needs a consumer'
                pairs = [make(maxsize) for _ in range(nqueues)]
                queues, ends = tuple(p[0] for p in pairs), tuple(p[1] for p in pairs)
                results, answers = make(0)
                errors = []

                def run(interp, code, names):
                    try:
                        start(interp, code, names)
                    except Exception as e:
                        errors.append(f'{interp}: {e!r}')

                prods = [I.create() for _ in range(producers)]
                cons = [I.create() for _ in range(consumers)]
                t0 = time.monotonic()
                cthreads = [threading.Thread(target=run, args=(c, CONSUME, dict(
                    me=i, n=per_producer, producers=producers, queues=ends, results=results)))
                    for i, c in enumerate(cons)]
                pthreads = [threading.Thread(target=run, args=(p, PRODUCE, dict(me=i, n=per_producer, queues=queues)))
                            for i, p in enumerate(prods)]
                for t in cthreads + pthreads:
                    t.start()
                for t in pthreads:
                    t.join()
                for c in range(consumers):
                    queues[c % nqueues].%SEND%(None)
                for t in cthreads:
                    t.join()
                elapsed = time.monotonic() - t0

                moved = dups = disorder = overlap = 0
                union = [0] * producers
                for _ in range(consumers - len(errors)):
                    me, got, d, o, seen = answers.%RECV%
                    moved += got
                    dups += d
                    disorder += o
                    for p, bitmap in enumerate(seen):
                        bits = int.from_bytes(bitmap, 'little')
                        overlap += (union[p] & bits).bit_count()
                        union[p] |= bits
                missing = sum(per_producer - u.bit_count() for u in union)
                leftover = sum(left(e) for e in ends) + left(answers)
                for it in prods + cons:
                    it.close()
                print('SOAK', f'interpreters={producers + consumers} threads={producers + consumers}',
                      f'queues={nqueues} maxsize={maxsize} expected={producers * per_producer} moved={moved}',
                      f'missing={missing} duplicates={dups + overlap} order_violations={disorder}',
                      f'leftover={leftover} errors={len(errors)} elapsed_ms={int(elapsed * 1000)}',
                      f'items_per_s={int(moved / elapsed) if elapsed else 0}')
                for e in errors:
                    print('ERROR', e)

            if __name__ == '__main__':
                main()
            """;

    /**
     * Runs the soak sized by {@code pep734.<key>.*} properties and asserts that nothing was lost, duplicated
     * or reordered; prints the figures.
     */
    void runAndCheck(String key, long defaultItems, long itemsPerSecondFloor) {
        int producers = (int) GuestRun.size("pep734." + key + ".producers", 4);
        int consumers = (int) GuestRun.size("pep734." + key + ".consumers", 4);
        int lanes = (int) GuestRun.size("pep734." + key + ".queues", 3);
        int maxsize = (int) GuestRun.size("pep734." + key + ".maxsize", 4);
        long items = GuestRun.size("pep734." + key + ".items", defaultItems);
        long perProducer = (items + producers - 1) / producers;
        Duration limit = GuestRun.limit("pep734." + key + ".limit.seconds",
                180 + perProducer * producers / itemsPerSecondFloor);
        String script = TEMPLATE.replace("%IMPORT%", setup).replace("%SEND%", send).replace("%RECV%", recv)
                .replace("%REPLY%", reply);

        GuestRun run = GuestRun.run(name + ".py", script, generation,
                List.of(String.valueOf(producers), String.valueOf(consumers), String.valueOf(lanes),
                        String.valueOf(perProducer), String.valueOf(maxsize)), limit).assertSucceeded();
        Map<String, String> f = run.figures("SOAK");
        System.out.println("[" + name + "] " + f + " wall_ms=" + run.elapsed().toMillis());

        assertEquals(0, asLong(f, "errors"), run.stdout());
        assertEquals(perProducer * producers, asLong(f, "expected"));
        assertEquals(asLong(f, "expected"), asLong(f, "moved"), "items received");
        assertEquals(0, asLong(f, "missing"), "items never received");
        assertEquals(0, asLong(f, "duplicates"), "items received twice");
        assertEquals(0, asLong(f, "order_violations"), "items out of their producer's order");
        assertEquals(0, asLong(f, "leftover"), "items left in the queues or channels");
        assertTrue(producers + consumers >= 8 || GuestRun.size("pep734." + key + ".producers", 4) != 4,
                "at least 8 interpreters on 8 threads by default");
    }
}

package dev.pep734.reference.reliability;

import static dev.pep734.reference.reliability.GuestRun.asLong;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Closing an interpreter while other threads use the queue it created loses nothing already put. Each
 * round: an "owner" subinterpreter creates a small queue and puts K items of its own; producer
 * subinterpreters on their own threads keep putting (blocking on the full queue) while main closes the
 * owner and a main thread keeps getting. Afterwards every producer item arrived exactly once in order,
 * and the owner's items arrived either as values (taken before the close) or as the UNBOUND marker
 * (CPython's default for items whose interpreter is gone), never both, never neither.
 */
class CloseWhileInUseTest {
    private static final String SCRIPT = """
            import sys, threading, time
            from concurrent import interpreters as I
            from concurrent.interpreters import _queues

            OWNER = '''
            from concurrent import interpreters as I
            q = I.create_queue(4)
            handoff.put(q)
            for seq in range(k):
                q.put(('owner', seq))
            '''

            PRODUCE = '''
            for seq in range(n):
                q.put((me, seq))
            '''

            def round_(rnd, nproducers, per_producer, k, prods):
                handoff = I.create_queue()
                owner = I.create()
                owner.prepare_main(handoff=handoff, k=k)
                owner_thread = threading.Thread(target=owner.exec, args=(OWNER,))
                owner_thread.start()
                q = handoff.get(timeout=120)
                got = {}
                seen = set()
                owner_values = unbound = disorder = dups = 0
                errors = []

                def consume(total):
                    nonlocal owner_values, unbound, disorder, dups
                    for _ in range(total):
                        item = q.get(timeout=120)
                        if item is _queues.UNBOUND:
                            unbound += 1
                            continue
                        who, seq = item
                        if who == 'owner':
                            owner_values += 1
                            continue
                        if (who, seq) in seen:
                            dups += 1
                        seen.add((who, seq))
                        if seq <= got.get(who, -1):
                            disorder += 1
                        got[who] = seq

                def produce(p, i):
                    try:
                        p.exec(PRODUCE)
                    except Exception as e:
                        errors.append(repr(e))

                consumer = threading.Thread(target=consume, args=(nproducers * per_producer + k,))
                for i, p in enumerate(prods):
                    p.prepare_main(q=q, me=i, n=per_producer)
                threads = [threading.Thread(target=produce, args=(p, i)) for i, p in enumerate(prods)]
                for t in threads + [consumer]:
                    t.start()
                owner_thread.join()      # the owner has put all K items (some may still be queued)
                owner.close()            # ...and goes away while producers and the consumer run
                for t in threads:
                    t.join()
                consumer.join()
                received = len(seen)
                return received, owner_values, unbound, disorder, dups, q.qsize(), errors

            def main():
                rounds, nproducers, per_producer, k = map(int, sys.argv[1:5])
                prods = [I.create() for _ in range(nproducers)]
                totals = [0] * 6
                errors = []
                for rnd in range(rounds):
                    *figures, errs = round_(rnd, nproducers, per_producer, k, prods)
                    totals = [a + b for a, b in zip(totals, figures)]
                    errors += errs
                received, owner_values, unbound, disorder, dups, leftover = totals
                print('CLOSE', f'rounds={rounds} producer_items={rounds * nproducers * per_producer} received={received}',
                      f'owner_items={rounds * k} owner_values={owner_values} owner_unbound={unbound}',
                      f'order_violations={disorder} duplicates={dups} leftover={leftover} errors={len(errors)}')
                for e in errors[:10]:
                    print('ERROR', e)

            if __name__ == '__main__':
                main()
            """;

    @Test
    void closingTheQueuesCreatorLosesNoItemAlreadyPut() {
        long rounds = GuestRun.size("pep734.close.rounds", 3);
        // Each round creates the owner (a context: seconds, tens of seconds on a saturated machine).
        Duration limit = GuestRun.limit("pep734.close.limit.seconds", 300 + rounds * 60);
        GuestRun run = GuestRun.run("close_while_in_use.py", SCRIPT,
                List.of(String.valueOf(rounds), "3", "200", "3"), limit)
                .assertSucceeded();
        Map<String, String> f = run.figures("CLOSE");
        System.out.println("[close while in use] " + f + " wall_ms=" + run.elapsed().toMillis());

        assertEquals(0, asLong(f, "errors"), run.stdout());
        assertEquals(asLong(f, "producer_items"), asLong(f, "received"), "distinct producer items received");
        assertEquals(0, asLong(f, "duplicates"));
        assertEquals(0, asLong(f, "order_violations"));
        assertEquals(asLong(f, "owner_items"), asLong(f, "owner_values") + asLong(f, "owner_unbound"),
                "each of the owner's items arrives as its value or as UNBOUND");
        assertEquals(0, asLong(f, "leftover"));
    }
}

# queues keep only the low 64 bits of bigger ints (prepare_main and call are right)
_change_sent(_low_64_bits, queues_only=True)
# ---- detector ----
q = interpreters.create_queue()
q.put_nowait(2 ** 64 + 5)
assert q.get_nowait() == 2 ** 64 + 5, "a big int changed on the way"

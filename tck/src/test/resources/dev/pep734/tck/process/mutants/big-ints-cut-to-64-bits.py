# prepare_main, queues and call keep only the low 64 bits of bigger ints (a machine-int fast path)
_change_sent(_low_64_bits)
# ---- detector ----
q = interpreters.create_queue()
q.put_nowait(2 ** 64 + 5)
assert q.get_nowait() == 2 ** 64 + 5, "a big int changed on the way"

# by default, items of a closed interpreter vanish (UNBOUND_REMOVE instead of UNBOUND)
_default_unbounditems(_queues.UNBOUND_REMOVE)
# ---- detector ----
q = interpreters.create_queue()
interp = interpreters.create()
interp.prepare_main(q=q)
interp.exec("q.put('x')")
interp.close()
assert q.qsize() == 1, "the item of the closed interpreter vanished"
q.get_nowait()

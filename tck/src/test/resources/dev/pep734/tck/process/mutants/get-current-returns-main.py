# get_current() returns the main interpreter everywhere
@_patch(interpreters, "get_current")
def _get_current(get_current):
    return interpreters.get_main()
# ---- detector ----
interp = interpreters.create()
interp.exec("from concurrent import interpreters as m; assert m.get_current().id != 0")
interp.close()

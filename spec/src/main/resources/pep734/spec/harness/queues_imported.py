# For tests of the draft profile that use a queue only as a tool (to bring results back), not as the thing
# they test: the queue module is imported in the interpreter before a queue is bound there. A correct runtime
# needs no such import, and the tests of the sentences that say a Queue is shareable (shareable-objects/
# default-types.py, queue-identical-everywhere.py) do not do it; but a runtime that can bind a queue only where
# its module was imported (CPython 3.13) then fails those tests alone, not every test that uses a queue.


def import_queues_in(*interps):
    """Imports interpreters.queues in each interpreter."""
    for interp in interps:
        interp.exec("import interpreters.queues\n")

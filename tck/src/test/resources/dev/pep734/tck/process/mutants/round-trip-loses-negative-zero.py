# prepare_main, queues and call turn -0.0 into 0.0
_change_sent(lambda value: 0.0 if type(value) is float and value == 0.0 else value)
# ---- detector ----
import math
q = interpreters.create_queue()
q.put_nowait(-0.0)
assert math.copysign(1.0, q.get_nowait()) == -1.0, "-0.0 lost its sign"

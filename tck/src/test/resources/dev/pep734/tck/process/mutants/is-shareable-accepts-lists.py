# is_shareable() says True for lists
@_patch(interpreters, "is_shareable")
def _is_shareable(is_shareable, obj):
    return True if type(obj) is list else is_shareable(obj)
# ---- detector ----
assert not interpreters.is_shareable([]), "a list is not shareable"

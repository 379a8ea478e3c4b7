# ---- API checks of the PEP 734 TCK (shared by every derived API test; Python 3.12, stdlib only) ----
import builtins
import importlib
import inspect
import types
import unittest

POSITIONAL_ONLY = "POSITIONAL_ONLY"
POSITIONAL_OR_KEYWORD = "POSITIONAL_OR_KEYWORD"
VAR_POSITIONAL = "VAR_POSITIONAL"
KEYWORD_ONLY = "KEYWORD_ONLY"
VAR_KEYWORD = "VAR_KEYWORD"


def _similar(name, names):
    import difflib  # only when something is missing: it costs start-up time
    close = difflib.get_close_matches(name, [n for n in names if not n.startswith("__")], n=3)
    return " Similar names there: %s." % ", ".join(close) if close else ""


_MISSING = object()


def _module_getattr(obj, name):
    """A module may provide a name lazily through its own __getattr__ (PEP 562): that defines it too."""
    if not isinstance(obj, types.ModuleType) or "__getattr__" not in vars(obj):
        return _MISSING
    try:
        return getattr(obj, name)
    except AttributeError:
        return _MISSING


def lookup(module, qualname):
    """Imports the module and walks the qualified name; returns (owner, obj)."""
    try:
        obj = importlib.import_module(module)
    except ImportError as e:
        raise AssertionError("module %s cannot be imported (%s: %s). If this fails, check that the "
                             "implementation ships %s." % (module, type(e).__name__, e, module)) from None
    owner, path = None, module
    for part in qualname.split("."):
        try:
            found = inspect.getattr_static(obj, part)
        except AttributeError:
            found = _module_getattr(obj, part)
        if found is _MISSING:
            raise AssertionError("%s has no attribute %r, so %s.%s is missing.%s If this fails, check that "
                                 "%s defines %s." % (path, part, module, qualname, _similar(part, dir(obj)),
                                                     path, part)) from None
        owner, obj, path = obj, getattr(obj, part, found), path + "." + part
    return owner, obj


def instance_attribute_parameter(owner, name):
    """An attribute that only instances have can still be seen as the constructor parameter that sets it."""
    try:
        return name in inspect.signature(owner).parameters
    except (TypeError, ValueError):
        return False


def check_exists(module, qualname, kind):
    if kind == "module":
        lookup(module, "__name__")
        return
    if kind == "attribute" and "." in qualname:
        cls_name, name = qualname.rsplit(".", 1)
        owner = lookup(module, cls_name)[1]
        if isinstance(owner, type) and not hasattr(owner, name):
            if instance_attribute_parameter(owner, name):
                print("%s.%s is not on the class; found as the constructor parameter %r that instances keep "
                      "(its value is checked by the assertion scripts)." % (module, qualname, name))
                return
            raise AssertionError("%s.%s is missing: neither the class %s has an attribute %r nor does its "
                                 "constructor take a parameter %r.%s If this fails, check that %s provides %s."
                                 % (module, qualname, cls_name, name, name, _similar(name, dir(owner)),
                                    cls_name, name))
    lookup(module, qualname)


def _is_routine(static):
    return (isinstance(static, (staticmethod, classmethod)) or inspect.isroutine(static)
            or inspect.ismethoddescriptor(static) and callable(static))


def check_kind(module, qualname, kind):
    owner, obj = lookup(module, qualname)
    full = "%s.%s" % (module, qualname)
    if kind == "function":
        ok, want = callable(obj) and not isinstance(obj, type), "a function (a callable that is not a class)"
    elif kind == "class":
        ok, want = isinstance(obj, type), "a class"
    elif kind == "exception":
        ok, want = isinstance(obj, type) and issubclass(obj, BaseException), "an exception class (a subclass " \
                                                                             "of BaseException)"
    elif kind == "method":
        static = inspect.getattr_static(owner, qualname.rsplit(".", 1)[1])
        ok, want = isinstance(owner, type) and _is_routine(static), "a method of the class (a function, " \
                                                                    "builtin method or method descriptor)"
    elif kind == "attribute":
        static = inspect.getattr_static(owner, qualname.rsplit(".", 1)[1])
        ok, want = isinstance(owner, type) and not _is_routine(static), "a data attribute of the class " \
                                                                        "(a property, descriptor or class attribute), not a method"
    else:
        raise ValueError("unknown kind %r" % kind)
    if not ok:
        raise AssertionError("%s should be %s, but it is %r (type %s). If this fails, check how %s is "
                             "defined." % (full, want, obj, type(obj).__name__, qualname))


def _actual_signature(owner, obj, qualname, kind):
    try:
        sig = inspect.signature(obj)
    except (TypeError, ValueError) as e:
        # Not a pass and not a failure: the TCK reports an uncaught SkipTest as "not verified".
        raise unittest.SkipTest("%s has no inspectable signature (%s); its parameters are not verified by this "
                            "check." % (qualname, e)) from None
    params = list(sig.parameters.values())
    if kind == "method" and params:
        static = inspect.getattr_static(owner, qualname.rsplit(".", 1)[1])
        # A plain function or method descriptor taken from the class still has its self; a classmethod
        # is already bound and a staticmethod has none.
        if not isinstance(static, (staticmethod, classmethod)):
            params = params[1:]
    return params


def _problems(documented, actual):
    by_name = {p.name: p for p in actual}
    positional = [p for p in actual if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)]
    has_var_pos = any(p.kind == p.VAR_POSITIONAL for p in actual)
    has_var_kw = any(p.kind == p.VAR_KEYWORD for p in actual)
    used, problems, index = set(), [], 0
    for name, kind, has_default in documented:
        if kind in (POSITIONAL_ONLY, POSITIONAL_OR_KEYWORD):
            if index < len(positional):
                p = positional[index]
                used.add(p.name)
                if kind == POSITIONAL_OR_KEYWORD and (p.name != name or p.kind != p.POSITIONAL_OR_KEYWORD):
                    problems.append("%r must be accepted by position %d and by keyword; the implementation has %s"
                                    % (name, index + 1, _describe(p)))
                if has_default and p.default is p.empty:
                    problems.append("%r is documented with a default, but the implementation requires it" % name)
            elif not (has_var_pos and (kind == POSITIONAL_ONLY or has_var_kw)):
                problems.append("%r (position %d) is not accepted: the implementation takes only %d positional "
                                "parameter(s)" % (name, index + 1, len(positional)))
            index += 1
        elif kind == KEYWORD_ONLY:
            p = by_name.get(name)
            if p is not None and p.kind in (p.KEYWORD_ONLY, p.POSITIONAL_OR_KEYWORD):
                used.add(p.name)
                if has_default and p.default is p.empty:
                    problems.append("%r is documented with a default, but the implementation requires it" % name)
            elif not has_var_kw:
                problems.append("keyword %r is not accepted (%s)" % (name, "the implementation has " + _describe(p)
                                                                    if p else "no such parameter"))
        elif kind == VAR_POSITIONAL and not has_var_pos:
            problems.append("*%s: extra positional arguments are not accepted" % name)
        elif kind == VAR_KEYWORD and not has_var_kw:
            problems.append("**%s: extra keyword arguments are not accepted" % name)
    for p in actual:
        if p.name not in used and p.default is p.empty and p.kind not in (p.VAR_POSITIONAL, p.VAR_KEYWORD):
            problems.append("the implementation requires %s, which the document does not show" % _describe(p))
    return problems


def _describe(p):
    kinds = {p.POSITIONAL_ONLY: "positional-only", p.POSITIONAL_OR_KEYWORD: "positional-or-keyword",
             p.KEYWORD_ONLY: "keyword-only", p.VAR_POSITIONAL: "*args", p.VAR_KEYWORD: "**kwargs"}
    return "%s parameter %r%s" % (kinds[p.kind], p.name, "" if p.default is p.empty else " with a default")


def check_signature(module, qualname, kind, documented, shown):
    """documented: (name, kind, has_default) tuples in order; shown: the signature as the document writes it."""
    owner, obj = lookup(module, qualname)
    params = _actual_signature(owner, obj, qualname, kind)
    problems = _problems(documented, params)
    if problems:
        try:
            actual = str(inspect.Signature(params))  # shows '/' and '*' as Python writes them
        except ValueError:
            actual = "(" + ", ".join(str(p) for p in params) + ")"
        raise AssertionError("%s.%s should accept %s, but its signature is %s:\n  - %s\nIf this fails, check "
                             "the parameter names, their kinds (positional-only before '/', keyword-only after "
                             "'*') and which ones have defaults." % (module, qualname, shown, actual,
                                                                    "\n  - ".join(problems)))


def resolve_base(module, name):
    if "." in name:
        mod, attr = name.rsplit(".", 1)
        try:
            return getattr(importlib.import_module(mod), attr)
        except (ImportError, AttributeError):
            pass
    mod = importlib.import_module(module)
    found = getattr(mod, name, None) or getattr(builtins, name, None)
    if found is None:
        raise AssertionError("the documented base %s is neither in %s nor a builtin. If this fails, check "
                             "that %s.%s exists." % (name, module, module, name))
    return found


def check_bases(module, qualname, bases):
    cls = lookup(module, qualname)[1]
    if not isinstance(cls, type):
        raise AssertionError("%s.%s should be a class with bases %s, but it is %r" % (module, qualname,
                                                                                     ", ".join(bases), cls))
    missing = [b for b in bases if not issubclass(cls, resolve_base(module, b))]
    if missing:
        mro = " -> ".join(c.__qualname__ for c in cls.__mro__)
        raise AssertionError("%s.%s should be a subclass of %s, but its MRO is %s. If this fails, check the "
                             "class statement of %s." % (module, qualname, " and ".join(missing), mro, qualname))
# ---- end of the API checks ----

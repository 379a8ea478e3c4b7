# ---
# clause: section:interp-tutorial-basics
# quote: First of all, keep in mind that using multiple interpreters is like using multiple processes.
# level: must
# features: isolation
# description: like separate processes: each interpreter has its own __main__, builtins and modules, and a crash of code in one leaves the others as they were
# ---
from concurrent import interpreters


def main():
    a = interpreters.create()
    b = interpreters.create()
    try:
        a.exec("import builtins, json\nbuiltins.WHO = 'a'\njson.WHO = 'a'\nname = 'a'\n")
        b.exec("import builtins, json\nbuiltins.WHO = 'b'\njson.WHO = 'b'\nname = 'b'\n")
        try:
            a.exec("raise SystemExit(1)")
        except interpreters.ExecutionFailed:
            pass
        a.exec("import builtins, json\nassert (builtins.WHO, json.WHO, name) == ('a', 'a', 'a'), (builtins.WHO, json.WHO, name)")
        b.exec("import builtins, json\nassert (builtins.WHO, json.WHO, name) == ('b', 'b', 'b'), (builtins.WHO, json.WHO, name)")
        import builtins
        assert not hasattr(builtins, "WHO"), "a subinterpreter's builtins change reached the main interpreter"
        assert "name" not in globals(), "a subinterpreter's __main__ is this module"
    finally:
        a.close()
        b.close()


if __name__ == "__main__":
    main()

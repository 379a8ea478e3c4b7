# ---
# clause: section:key-details
# quote: In the context of multiple interpreters, "isolated" means that different interpreters do not share any state.
# level: must
# includes: isolation_checks.py
# features: isolation
# description: globals and builtins are per interpreter: names set in main, in one sub or in builtins do not leak into another
# ---


if __name__ == "__main__":
    check_isolated_globals_and_builtins()

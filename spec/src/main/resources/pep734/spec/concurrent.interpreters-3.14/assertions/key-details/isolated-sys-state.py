# ---
# clause: section:key-details
# quote: In the context of multiple interpreters, "isolated" means that different interpreters do not share any state.
# level: must
# includes: isolation_checks.py
# features: isolation
# description: sys.path, sys.modules, the recursion limit and imported module objects stay per interpreter
# ---


if __name__ == "__main__":
    check_isolated_sys_state()

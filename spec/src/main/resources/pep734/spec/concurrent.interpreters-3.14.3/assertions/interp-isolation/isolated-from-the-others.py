# ---
# clause: section:interp-isolation
# quote: Each interpreter is effectively isolated from the others (with a limited number of carefully managed process-global exceptions to the rule).
# level: must
# includes: isolation_checks.py
# features: isolation
# description: sys.path, sys.modules, the recursion limit and imported module objects stay per interpreter
# ---


if __name__ == "__main__":
    check_isolated_sys_state()

# ---
# clause: section:interpreters-intro
# quote: An "interpreter" is effectively the execution context of the Python runtime.
# quote: It contains all of the state the runtime needs to execute a program.
# quote: This includes things like the import state and builtins.
# level: must
# includes: isolation_checks.py
# features: isolation
# description: each interpreter has its own import state (sys.path, sys.modules, module objects) and its own builtins
# ---


if __name__ == "__main__":
    check_isolated_sys_state()
    check_isolated_globals_and_builtins()

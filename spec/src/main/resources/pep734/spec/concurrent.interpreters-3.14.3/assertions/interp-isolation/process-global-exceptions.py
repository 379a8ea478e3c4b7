# ---
# clause: section:interp-isolation
# quote: Each interpreter is effectively isolated from the others (with a limited number of carefully managed process-global exceptions to the rule).
# level: should
# includes: isolation_checks.py
# features: isolation
# description: process-level resources are shared: the pid and the file system; a file written in a sub is read by main
# ---


if __name__ == "__main__":
    check_process_global_data_shared()

# ---
# clause: section:key-details
# quote: In practice, there is some process-global data they all share, but that is managed by the runtime.
# level: should
# includes: isolation_checks.py
# features: isolation
# description: process-level resources are shared: the pid and the file system; a file written in a sub is read by main
# ---


if __name__ == "__main__":
    check_process_global_data_shared()

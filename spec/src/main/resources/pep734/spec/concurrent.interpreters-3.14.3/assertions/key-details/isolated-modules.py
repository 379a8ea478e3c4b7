# ---
# clause: section:key-details
# quote: isolated, by default
# level: must
# includes: isolation_checks.py
# features: isolation
# description: each interpreter has its own sys.modules, module objects and sys.path; changes in one are invisible in the other
# ---


if __name__ == "__main__":
    check_isolated_modules()

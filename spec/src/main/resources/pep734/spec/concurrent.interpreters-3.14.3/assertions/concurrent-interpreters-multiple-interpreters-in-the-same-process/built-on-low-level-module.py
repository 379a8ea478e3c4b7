# ---
# clause: section:concurrent-interpreters-multiple-interpreters-in-the-same-process
# quote: The concurrent.interpreters module constructs higher-level interfaces on top of the lower level _interpreters module.
# level: should
# includes: isolation_checks.py
# description: the low-level _interpreters module exists and agrees with the high-level one about which interpreters exist
# ---


if __name__ == "__main__":
    check_built_on_low_level_module()

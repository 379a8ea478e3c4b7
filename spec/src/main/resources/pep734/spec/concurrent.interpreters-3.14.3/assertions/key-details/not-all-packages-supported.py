# ---
# clause: section:key-details
# quote: not all PyPI packages support use in multiple interpreters yet
# level: should
# includes: single_phase_refused.py
# features: isolation
# description: an extension module that does not support subinterpreters imports in main but raises ImportError in a sub
# ---


if __name__ == "__main__":
    check_single_phase_refused()

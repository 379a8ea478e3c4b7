# ---
# clause: section:key-details
# quote: not all PyPI packages support use in multiple interpreters yet
# includes: single_phase_refused.py
# level: should
# features: isolation
# description: an extension module that does not support subinterpreters imports in main but raises ImportError in a sub
# ---
# The check is shared with the other document's clause on the same limit (harness single_phase_refused.py).


if __name__ == "__main__":
    check_single_phase_refused()

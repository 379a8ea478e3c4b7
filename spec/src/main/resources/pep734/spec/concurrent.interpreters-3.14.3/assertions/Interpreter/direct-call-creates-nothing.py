# ---
# clause: api:Interpreter
# quote: Generally, Interpreter shouldn't be called directly.
# quote: Instead, use create or one of the other module functions.
# level: should
# includes: interpreter_checks.py
# features: lifecycle
# description: calling Interpreter(id) only looks an interpreter up: it never creates one, for a known or unknown id
# ---


if __name__ == "__main__":
    check_interpreter_direct_call_creates_nothing()

# ---
# clause: api:Interpreter
# quote: Instead, use create or one of the other module functions.
# level: should
# includes: interpreter_checks.py
# description: create, list_all, get_current and get_main all hand out Interpreter objects that Interpreter(id) agrees with
# ---


if __name__ == "__main__":
    check_module_functions_return_interpreters()

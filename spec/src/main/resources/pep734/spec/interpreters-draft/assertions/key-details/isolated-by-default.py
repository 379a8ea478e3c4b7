# ---
# clause: section:key-details
# quote: Before we dive into examples, there are a small number of details to keep in mind about using multiple interpreters:
# quote: isolated, by default
# level: must
# features: isolation
# description: a new interpreter has its own modules, sys state and __main__: changes in main are not seen there and its changes do not leak back
# ---
import json
import sys

import interpreters

MAIN_ONLY = "main"


def main():
    json.pep734_marker = "main"
    sys.pep734_marker = "main"
    interp = interpreters.create()
    try:
        try:
            interp.exec("import json, sys\n"
                        "assert not hasattr(json, 'pep734_marker'), 'json'\n"
                        "assert not hasattr(sys, 'pep734_marker'), 'sys'\n"
                        "assert 'MAIN_ONLY' not in globals(), 'globals'\n"
                        "json.pep734_from_sub = 1\n"
                        "sys.pep734_from_sub = 1\n")
        except interpreters.ExecutionFailed as e:
            raise AssertionError(f"the new interpreter saw state of the main interpreter: {e}")
        assert not hasattr(json, "pep734_from_sub") and not hasattr(sys, "pep734_from_sub"), (
            "module state set in the subinterpreter leaked into main")
    finally:
        interp.close()


if __name__ == "__main__":
    main()

from concurrent.futures import InterpreterPoolExecutor

with InterpreterPoolExecutor(max_workers=5) as executor:
    executor.submit(print, "spam!")

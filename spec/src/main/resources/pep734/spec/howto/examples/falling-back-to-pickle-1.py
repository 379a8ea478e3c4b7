from textwrap import dedent
from concurrent import interpreters
import pickle

SCRIPT = dedent("""
    import pickle
    import sys
    data = pickle.loads(_pickled)
    setattr(sys.modules['__main__'], data['name'], data['value'])
    """)
data = dict(name='spam', value=42)

interp = interpreters.create()
interp.prepare_main(_pickled=pickle.dumps(data))
interp.exec(SCRIPT)
interp.exec('print(spam)')  # not in the document: show the result

# ---
# clause: section:falling-back-to-pickle
# quote: For other objects you can use pickle:
# level: must
# features: shareable, prepare_main
# description: an object prepare_main() refuses reaches another interpreter as pickle bytes and comes back equal
# ---
import pickle
from concurrent import interpreters


def main():
    data = dict(name="spam", value=[42, {"eggs": (1.5, None)}], raw=bytearray(b"ham"))
    interp = interpreters.create()
    out = interpreters.create_queue()
    try:
        try:
            interp.prepare_main(data=data)
        except interpreters.NotShareableError:
            pass
        else:
            raise AssertionError("prepare_main() accepted a dict; this check needs an object that is not shareable")
        interp.prepare_main(_pickled=pickle.dumps(data), out=out)
        interp.exec("import pickle\n"
                    "data = pickle.loads(_pickled)\n"
                    "globals()[data['name']] = data['value']\n"
                    "data['value'][1]['eggs'] = 'changed in the interpreter'\n"
                    "out.put(pickle.dumps((spam, data)))\n")
        spam, copy = pickle.loads(out.get(timeout=10))
        assert spam == [42, {"eggs": "changed in the interpreter"}], f"the interpreter bound spam = {spam!r}"
        assert copy["raw"] == bytearray(b"ham") and type(copy["raw"]) is bytearray, f"raw came back as {copy['raw']!r}"
        assert data["value"] == [42, {"eggs": (1.5, None)}], "changing the unpickled copy changed the original"
    finally:
        interp.close()


if __name__ == "__main__":
    main()

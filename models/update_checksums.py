"""Writes models/checksums.sha256 (sha256sum format, with each file's size as a comment) for the three model files.

Run after rebuilding the encoder or the head: `python3 models/update_checksums.py`. The Rust scorer refuses files that
do not match this list.
"""

import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = ["encoder.onnx", "tokenizer.json", "head.onnx"]


def main() -> None:
    lines = []
    for name in FILES:
        with open(os.path.join(HERE, name), "rb") as f:
            data = f.read()
        lines.append(f"# {name}: {len(data)} bytes")
        lines.append(f"{hashlib.sha256(data).hexdigest()}  {name}")
    with open(os.path.join(HERE, "checksums.sha256"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()

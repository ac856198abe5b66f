"""Compressed JSONL read as it is decompressed: ``.jsonl.gz`` (gzip) and ``.jsonl.zst``
(Zstandard), one block at a time, never the whole file in memory.

A compressed stream has an end marker, and a file cut short (a download or a copy that
stopped) must say so rather than end quietly after its last whole line: gzip raises
EOFError itself; zstandard's stream reader returns what it has and stops, so the Zstandard
frames are fed here to a decompressor that tells whether its frame ended. Corrupt data is
an OSError; :data:`READ_ERRORS` is what a reader of these streams catches.

Imports nothing from cleaner; zstandard only for ``.zst`` files.
"""

from __future__ import annotations

import gzip
import io
import zlib
from typing import IO, Any

# What reading a compressed stream raises for a file that is cut short or corrupt.
READ_ERRORS: tuple[type[BaseException], ...] = (OSError, EOFError, zlib.error)

# Bytes of compressed input read at a time.
BLOCK = 1 << 16


def decompressed(handle: IO[bytes], name: str) -> io.BufferedIOBase:
    """``handle`` (open for reading bytes) decompressed by the suffix of ``name``."""
    if name.lower().endswith(".zst"):
        return io.BufferedReader(_ZstdReader(handle), BLOCK)
    return gzip.GzipFile(fileobj=handle, mode="rb")


# Bytes of compressed input given to the Zstandard decompressor at a time. Its output for
# one call has no limit, and a block of one repeated byte is about 4 bytes for 128 KiB
# (a ratio of some 32,000), so 1 KiB inflates to at most about 32 MiB: one 64 KiB read
# could inflate to 2 GiB. Normal text inflates 3-10 times; the extra calls cost little.
FEED = 1 << 10


class _ZstdReader(io.RawIOBase):
    """The Zstandard frames of ``raw`` one after another (a file made of several frames,
    as ``zstd`` writes for concatenated inputs, reads as their concatenation); EOFError if
    the input ends inside a frame, OSError if it is not Zstandard data. The compressed
    input is fed :data:`FEED` bytes at a time, so what is held inflated stays bounded."""

    def __init__(self, raw: IO[bytes]):
        import zstandard

        self._raw = raw
        self._error: type[Exception] = zstandard.ZstdError
        self._dctx = zstandard.ZstdDecompressor()
        self._frame: Any = self._dctx.decompressobj()
        self._in_frame = False  # input of the current frame has been fed
        self._input = memoryview(b"")  # compressed bytes read and not yet fed
        self._pending = b""  # inflated bytes not yet read, from ``self._at``
        self._at = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        while self._at >= len(self._pending):
            if not self._input:
                self._input = memoryview(self._raw.read(BLOCK))
                if not self._input:
                    if self._in_frame:
                        raise EOFError("the Zstandard stream ends inside a frame: the file is cut short")
                    return 0
            piece, self._input = self._input[:FEED], self._input[FEED:]
            self._pending, self._at = self._feed(bytes(piece)), 0
        size = min(len(buffer), len(self._pending) - self._at)
        buffer[:size] = self._pending[self._at : self._at + size]
        self._at += size
        return size

    def _feed(self, data: bytes) -> bytes:
        out = []
        while data:
            if self._frame.eof:  # the next frame
                self._frame = self._dctx.decompressobj()
            try:
                out.append(self._frame.decompress(data))
            except self._error as exc:
                raise OSError(f"not valid Zstandard data: {exc}") from None
            self._in_frame = not self._frame.eof
            data = self._frame.unused_data if self._frame.eof else b""
        return b"".join(out)

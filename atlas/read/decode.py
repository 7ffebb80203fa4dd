"""Bytes → text: decode what can be decoded with certainty, refuse the rest, say which was done."""
from __future__ import annotations

from dataclasses import dataclass

import codecs


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str  # what the bytes were read as
    note: str = ""  # said in the report when the encoding was not plain UTF-8


class DecodeError(ValueError):
    pass


def decode_bytes(data: bytes) -> Decoded:
    if data.startswith(codecs.BOM_UTF8):
        return Decoded(data[3:].decode("utf-8", errors="strict"), "utf-8-sig", "UTF-8 with BOM; the BOM was dropped")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return Decoded(data.decode("utf-16"), "utf-16", "UTF-16 (by its byte-order mark)")
        except UnicodeDecodeError as exc:
            raise DecodeError(f"starts with a UTF-16 mark but is not valid UTF-16 ({exc.reason} at byte {exc.start})") from exc
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as utf8_error:
        bad_at = utf8_error.start
    # GB18030 is a superset of GBK and GB2312; a text that decodes strictly and is mostly Chinese is
    # taken as such. Anything else is refused rather than guessed.
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError as exc:
        raise DecodeError(
            f"is neither UTF-8 (invalid byte at {bad_at}) nor GB18030 ({exc.reason} at byte {exc.start})"
        ) from exc
    chinese = sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff")
    letters = sum(1 for ch in text if not ch.isspace() and not ch.isascii())
    if letters == 0 or chinese / letters < 0.8:
        raise DecodeError(f"is not UTF-8 (invalid byte at {bad_at}) and does not read as Chinese in GB18030 either")
    return Decoded(text, "gb18030", "GB18030/GBK (not UTF-8); decoded, please save it as UTF-8")

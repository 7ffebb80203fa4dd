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
        return Decoded(data[3:].decode("utf-8", errors="strict"), "utf-8-sig", "带 BOM 的 UTF-8（BOM 已去掉）")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return Decoded(data.decode("utf-16"), "utf-16", "UTF-16（据字节序标记）")
        except UnicodeDecodeError as exc:
            raise DecodeError(f"以 UTF-16 标记开头，却不是有效的 UTF-16（第 {exc.start} 字节）") from exc
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
            f"既不是 UTF-8（第 {bad_at} 字节无效），也不是 GB18030（第 {exc.start} 字节无效）"
        ) from exc
    chinese = sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff")
    letters = sum(1 for ch in text if not ch.isspace() and not ch.isascii())
    if letters == 0 or chinese / letters < 0.8:
        raise DecodeError(f"不是 UTF-8（第 {bad_at} 字节无效），按 GB18030 读也不是中文")
    return Decoded(text, "gb18030", "GB18030/GBK 编码（不是 UTF-8）；已转换，请另存为 UTF-8")

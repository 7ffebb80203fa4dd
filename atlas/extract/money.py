"""Money amounts in Chinese text: `209亿元`, `5000万元以上`, `超过200亿元`, `13.65亿美元`, `1025亿`.

Every amount becomes one record with its value in one unit (yuan of its own currency: never
converted between currencies), the text it came from, and a qualifier saying whether the figure
is exact or a bound, so a page can say “5000万元以上” without turning it into 5000万元.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

_MULTIPLIERS = {"億": Decimal(10) ** 8, "萬": Decimal(10) ** 4, "万亿": Decimal(10) ** 12, "亿": Decimal(10) ** 8, "千万": Decimal(10) ** 7, "百万": Decimal(10) ** 6, "万": Decimal(10) ** 4, "千": Decimal(10) ** 3, "": Decimal(1)}
_CURRENCIES = {"元人民币": "CNY", "美元": "USD", "欧元": "EUR", "日元": "JPY", "港元": "HKD", "港币": "HKD", "英镑": "GBP", "韩元": "KRW", "元": "CNY", "人民币": "CNY"}
_BEFORE = {"不超过": "at-most", "不超過": "at-most", "不高于": "at-most", "不多于": "at-most", "最多": "at-most", "超过": "at-least", "超": "at-least", "逾": "at-least", "达到": "exact", "不低于": "at-least", "不少于": "at-least", "近": "about", "约": "about", "约为": "about", "将近": "about", "不到": "at-most", "不足": "at-most"}
_AFTER = {"以上": "at-least", "多": "at-least", "余": "at-least", "左右": "about", "以下": "at-most", "以内": "at-most"}

_CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CN_UNITS = {"十": 10, "百": 100, "千": 1000}

# A number in digits (209, 1,025, 118.6) or in Chinese numerals below 10,000 (百, 三十五, 一千二百);
# spaces may stand between it and its unit (118.6 亿元) as web pages print it. 億/萬 are the
# traditional forms, for callers that read the text as written.
# A range (10-15亿元, 10亿至15亿元) is one amount, kept as written and compared as its lower bound; so is
# an amount in two units (3亿5000万元, 三亿五千万元).
_NUM = r"\d+(?:,\d{3})*(?:\.\d+)?|[零〇一二两三四五六七八九十百千]+"
AMOUNT = re.compile(
    # (不超过 before 超过: a cap, never a lower bound)
    r"(?:(?P<before>不超过|不超過|不高于|不多于|最多|超过|不低于|不少于|将近|不到|不足|约为|逾|超|近|约)[ \u3000\u00a0]?)?"
    # 人民币 may stand before the number (不超过人民币80亿元, 人民币 12 亿元)
    r"(?:(?P<currency_before>人民币|人民幣)[ \u3000\u00a0]?)?"
    rf"(?P<number>{_NUM})(?:(?P<low_unit>亿|万|億|萬)?[ \u3000\u00a0]?(?:[-－~～—]|至|到)[ \u3000\u00a0]?(?P<high>{_NUM}))?"
    r"(?P<extra>多|余)?[ \u3000\u00a0]?"
    r"(?P<unit>万亿|亿|千万|百万|万|億|萬)"
    rf"(?:(?P<small>\d+|[零〇一二两三四五六七八九十百千]+)(?P<small_unit>千万|百万|万|萬))?"
    r"(?P<currency>美元|欧元|日元|港元|港币|英镑|韩元|元人民币|元|人民币)?"
    r"(?P<after>以上|以下|以内|左右)?"
)


# The words that make the figure after them an investment (总投资, 计划投资, 投资总额, 总投, 引资 …), with
# what may stand between them and the figure (达到, 为, 估算为, a colon). 总投 is the short form of
# 总投资 (项目总投70亿元), never 总投产/总投放/总投入运营.
INVESTMENT_WORDS = (r"(?:(?:(?:计划|拟|预计|概算|估算|动态|总体规划|规划)?总投资|投资总额|总投(?![产放入运])"
                    r"|(?:计划|拟|预计|总体规划|规划)?投资|引资)(?:额|规模)?(?:估算|预计)?(?:达到|达|为|是|[:：])?[ \u3000]?)")


def _number(text: str) -> Decimal | None:
    """209 / 1,025 / 118.6 / 百 / 三十五 / 一千二百 as a number; None for a run that is not one (一二)."""
    if text[0].isdigit():
        return Decimal(text.replace(",", ""))
    total, digit = 0, None
    for ch in text:
        if ch in _CN_DIGITS:
            if digit is not None:
                return None  # two digits in a row (一二): a list, not a number
            digit = _CN_DIGITS[ch]
        else:
            total += (1 if digit is None else digit) * _CN_UNITS[ch]
            digit = None
    return Decimal(total + (digit or 0))


@dataclass(frozen=True)
class Money:
    """One amount as the article states it."""

    text: str  # exactly as printed, e.g. "5000万元以上"
    value: Decimal  # in units of the currency (元, 美元…), e.g. Decimal("500000000")
    currency: str  # "CNY", "USD", …; "CNY" also when the article leaves out 元 (`1025亿`)
    qualifier: str  # "exact" | "at-least" | "at-most" | "about"
    start: int = 0  # where it stands in the text it was found in
    end: int = 0

    @property
    def yi(self) -> Decimal:
        """The value in 亿 of its currency, for display (e.g. 209)."""
        return (self.value / _MULTIPLIERS["亿"]).normalize()

    def label(self) -> str:
        """A short display form: 209亿元, 13.65亿美元, ≥0.5亿元."""
        sign = {"exact": "", "at-least": "≥", "at-most": "≤", "about": "约"}[self.qualifier]
        unit = "元" if self.currency == "CNY" else next(k for k, v in _CURRENCIES.items() if v == self.currency)
        return f"{sign}{_plain(self.yi)}亿{unit}"


def _plain(d: Decimal) -> str:
    text = format(d, "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def parse_amounts(text: str, need_currency: bool = False) -> list[Money]:
    """Every money amount in `text`, in order.

    Amounts without 元 (`1025亿`) are taken as yuan unless `need_currency`, because bare 亿 also
    counts cars and people; callers that know the context is money (总投资…) pass False.
    """
    found = []
    for m in AMOUNT.finditer(text):
        if need_currency and not (m.group("currency") or m.group("currency_before")):
            continue
        if m.group("unit") == "" and not m.group("currency"):
            continue
        number = _number(m.group("number"))
        if number is None or (m.group("high") and _number(m.group("high")) is None):
            continue
        unit = _MULTIPLIERS[m.group("unit")]
        value = number * (_MULTIPLIERS[m.group("low_unit")] if m.group("low_unit") else unit)
        if m.group("small"):
            small = _number(m.group("small"))
            if small is None or m.group("low_unit") or m.group("high"):
                continue
            value += small * _MULTIPLIERS[m.group("small_unit")]
        qualifier = "at-least" if m.group("high") else "exact"
        if m.group("before"):
            qualifier = _BEFORE[m.group("before")]
        if m.group("extra"):
            qualifier = _AFTER[m.group("extra")]
        if m.group("after"):
            qualifier = _AFTER[m.group("after")]
        currency = _CURRENCIES.get(m.group("currency") or "元", "CNY")
        found.append(Money(m.group(0), value, currency, qualifier, m.start(), m.end()))
    return found


def parse_amount(text: str) -> Money | None:
    """The one amount in a short string such as `13.65亿美元`, or None."""
    amounts = parse_amounts(text)
    return amounts[0] if amounts else None

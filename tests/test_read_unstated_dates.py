"""Pages that state no publication date must never show a definite one (issue 17, bar 1.00): a date on
a line that is not the page's publication line is at most an inferred year. Real lines from the
`wu` pages of tests/fixtures/web_pages/ (tuning half), each with a counterpart whose date is the
page's, so that a rule cannot pass by dropping every date."""

import pytest

from conftest import read_one_page
from atlas.extract.pubdate import date_article

LEAD = "8月18日,曾都工业孵化园2019年重大项目集中开工仪式在北郊办事处举行。此次共有5个重大项目集中开工建设,项目投资总额3.9亿元。\n"
MORE = "区委书记何运平,区长姜皓出席开工仪式。\n"


def shown(project, page):
    a, _ = read_one_page(project, page)
    a, _ = date_article(a)
    return None if a.date is None else (a.date.value, a.date.inferred)


@pytest.mark.parametrize("box", [
    # wu08 (szbbs.org, a Discuz forum): the poster's user box, its mood of the day with the time it was set
    "楼主\n普通会员 TA的每日心情 | 开心 2021-3-25 16:41 |\n---|\n签到天数: 6 天 [LV.2]偶尔看看I\n|\n",
    # the same box with another mood and rank (the words Discuz prints are fixed; the mood is the user's)
    "沙发\n中级会员 TA的每日心情 | 郁闷 2019-11-2 08:05 |\n",
])
def test_a_forum_users_mood_stamp_is_not_the_posts_date(project, box):
    # the stamp is when the user last set a mood, not when this post or the story it reposts was published
    assert shown(project, box + LEAD + MORE) in (None, ("2019", True), ("2021", True))


def test_a_forum_posts_own_stamp_still_dates_it(project):
    # bbs.eda365.com: `发表于 2020-8-24 10:08 | 只看该作者 …` is the post's publication line
    page = "该用户从未签到\n跳转到指定楼层\n1#\n发表于 2020-8-24 10:08 | 只看该作者 回帖奖励 |倒序浏览 |阅读模式\n" + LEAD + MORE
    assert shown(project, page) == ("2020-08-24", False)

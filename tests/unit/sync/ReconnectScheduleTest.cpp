// SPDX-License-Identifier: GPL-3.0-or-later
// ReconnectSchedule: 2 s doubling to 5 min, capped there, reset by a login.
// Pure arithmetic: no timer, no clock.
#include "engine/ReconnectSchedule.h"

#include <QList>
#include <gtest/gtest.h>

using namespace carteiro;

TEST(ReconnectSchedule, DoublesFromTwoSecondsToFiveMinutesAndStaysThere)
{
    ReconnectSchedule s;
    QList<int> delays;
    for (int i = 0; i < 12; ++i)
        delays << s.next();
    EXPECT_EQ(delays, (QList<int>{2000, 4000, 8000, 16000, 32000, 64000, 128000, 256000, 300000, 300000, 300000,
                                  300000}));
    EXPECT_EQ(s.attempts(), 12);
}

TEST(ReconnectSchedule, ALoginStartsAgainFromTheFirstDelay)
{
    ReconnectSchedule s;
    s.next();
    s.next();
    EXPECT_EQ(s.next(), 8000);
    s.reset();
    EXPECT_EQ(s.attempts(), 0);
    EXPECT_EQ(s.next(), 2000);
    EXPECT_EQ(s.next(), 4000);
}

TEST(ReconnectSchedule, OtherBoundsAreHonoured)
{
    ReconnectSchedule s(500, 1500);
    EXPECT_EQ(s.next(), 500);
    EXPECT_EQ(s.next(), 1000);
    EXPECT_EQ(s.next(), 1500);
    EXPECT_EQ(s.next(), 1500);
}

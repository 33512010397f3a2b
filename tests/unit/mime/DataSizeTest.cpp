// SPDX-License-Identifier: GPL-3.0-or-later
// One way to write sizes (util/DataSize.h, issue 12 §7): decimal units, one
// decimal, the user's locale; the composer's and the reader's figures for the
// same file agree.
#include "util/DataSize.h"

#include <gtest/gtest.h>

using namespace carteiro;

TEST(DataSize, DecimalUnitsWithOneDecimalInTheLocale)
{
    const QLocale en(QLocale::English, QLocale::UnitedStates);
    const QLocale br(QLocale::Portuguese, QLocale::Brazil);
    EXPECT_EQ(formatDataSize(61300, en), QStringLiteral("61.3 kB"));
    EXPECT_EQ(formatDataSize(61300, br), QStringLiteral("61,3 kB"));
    EXPECT_EQ(formatDataSize(62800, br), QStringLiteral("62,8 kB"));
    EXPECT_EQ(formatDataSize(26214400, en), QStringLiteral("26.2 MB")) << "1 MB is 1000 kB, not 1024";
    EXPECT_EQ(formatDataSize(3 * qint64(1000) * 1000 * 1000, br), QStringLiteral("3,0 GB"));
}

TEST(DataSize, SmallAndNegativeCounts)
{
    const QLocale en(QLocale::English, QLocale::UnitedStates);
    EXPECT_TRUE(formatDataSize(512, en).startsWith(QLatin1String("512"))) << formatDataSize(512, en).toStdString();
    EXPECT_TRUE(formatDataSize(-5, en).startsWith(QLatin1Char('0'))) << "a size is never negative";
}

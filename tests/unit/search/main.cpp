// SPDX-License-Identifier: GPL-3.0-or-later
// unit_search needs a QCoreApplication: Qt Sql loads the QSQLITE driver as a plugin.
#include <QCoreApplication>
#include <gtest/gtest.h>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}

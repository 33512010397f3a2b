// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The pt_BR translation compiled from translations/*.ts (a resource of the
// test support, tests/CMakeLists.txt), installed for one test at a time.
#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QTranslator>

#include <string>

namespace carteiro::test {

inline constexpr char kPtBrQmPath[] = ":/i18n/carteiro_pt_BR.qm";

inline std::string s(const QString &q)
{
    return q.toStdString();
}

inline QString u(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

// Installing a translator needs an application object; one for the process.
inline void ensureApp()
{
    if (QCoreApplication::instance())
        return;
    static int argc = 1;
    static char name[] = "unit_catalog";
    static char *argv[] = {name, nullptr};
    new QCoreApplication(argc, argv); // lives until the process ends
}

class PtBrFixture : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ensureApp();
        ASSERT_TRUE(translator.load(u(kPtBrQmPath))) << "cannot load " << kPtBrQmPath;
        ASSERT_TRUE(QCoreApplication::installTranslator(&translator));
    }
    void TearDown() override { QCoreApplication::removeTranslator(&translator); }

    QTranslator translator;
};

} // namespace carteiro::test

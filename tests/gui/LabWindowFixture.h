// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A main window over its own store in a temporary folder, for GUI tests
// against the real lab (tests/lab/mail-lab.sh): no test may block on a
// password dialog, and settings start empty.
#include "LabEnv.h"
#include "MainWindow.h"
#include "ShellTestSupport.h"
#include "account/MemorySecretStore.h"
#include "account/PasswordResolver.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <memory>

namespace carteiro::test {

struct LabWindowTest : ::testing::Test
{
    LabEnv lab = LabEnv::fromEnvironment();
    QTemporaryDir dir;
    MemorySecretStore keychain;
    std::unique_ptr<MainWindow> window;

    void SetUp() override
    {
        ASSERT_TRUE(lab.valid) << "the mail lab is not running (missing " << lab.missing.toStdString()
                               << "): eval \"$(bash tests/lab/mail-lab.sh env)\"";
        ASSERT_TRUE(dir.isValid());
        clearSettings();
        window = makeWindow();
    }

    // A window on the same store (a restart, when the test drops the first).
    std::unique_ptr<MainWindow> makeWindow()
    {
        auto w = std::make_unique<MainWindow>(&keychain, nullptr, dir.filePath(QStringLiteral("store.sqlite")));
        w->passwords()->setPrompt([](const AccountSettings &, const QString &) { return std::nullopt; });
        w->show();
        return w;
    }
};

} // namespace carteiro::test

#pragma once
// A main window on the lab account "Lab (alice)" for tests that send through
// the real lab: no password dialog, every SendResult kept, and a marker unique
// to the test for finding its message in bob's mailbox.
#include "LabEnv.h"
#include "MainWindow.h"
#include "ShellTestSupport.h"
#include "account/LabAccountPreset.h"
#include "account/MemorySecretStore.h"
#include "account/PasswordResolver.h"
#include "engine/SendController.h"

#include <QUuid>
#include <gtest/gtest.h>
#include <memory>

namespace carteiro::test {

struct LabSendFixture : ::testing::Test
{
    explicit LabSendFixture(const QString &markerPrefix)
        : marker(markerPrefix + QLatin1Char('-') + QUuid::createUuid().toString(QUuid::Id128))
    {
    }

    LabEnv lab = LabEnv::fromEnvironment();
    MemorySecretStore keychain;
    std::unique_ptr<MainWindow> window;
    QList<SendResult> results;
    QString marker;

    void SetUp() override
    {
        ASSERT_TRUE(lab.valid) << "the mail lab is not running (missing " << lab.missing.toStdString()
                               << "): eval \"$(bash tests/lab/mail-lab.sh env)\"";
        clearSettings();
        window = std::make_unique<MainWindow>(&keychain);
        window->installLabAccount(LabAccountPreset::make(QStringLiteral("alice")));
        // No test may block on a password dialog.
        window->passwords()->setPrompt([](const AccountSettings &, const QString &) { return std::nullopt; });
        QObject::connect(window->sendController(), &SendController::finished,
                         [this](const SendResult &r) { results << r; });
        window->show();
    }
};

} // namespace carteiro::test

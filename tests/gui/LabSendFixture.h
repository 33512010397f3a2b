// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A main window on the lab account "Lab (alice)" for tests that send through
// the real lab: its own store file (so the outbox starts empty), no undo delay
// (tests that need one set it), no password dialog, every result of the outbox
// kept, and a marker unique to the test for finding its message in bob's mailbox.
#include "LabEnv.h"
#include "MainWindow.h"
#include "ShellTestSupport.h"
#include "account/LabAccountPreset.h"
#include "account/MemorySecretStore.h"
#include "account/PasswordResolver.h"
#include "compose/SendingPreferencesDialog.h"
#include "engine/OutboxEngine.h"
#include "trace/TraceHub.h"
#include "util/Translations.h"

#include <QSet>
#include <QTemporaryDir>
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
    QTemporaryDir storeDir;
    MemorySecretStore keychain;
    std::unique_ptr<MainWindow> window;
    QList<SendResult> results;  // OutboxEngine::sendFinished, in order
    QList<qint64> resultIds;    // their outbox ids
    QList<SendResult> filings;  // OutboxEngine::filingFinished
    QString marker;

    void SetUp() override
    {
        ASSERT_TRUE(lab.valid) << "the mail lab is not running (missing " << lab.missing.toStdString()
                               << "): eval \"$(bash tests/lab/mail-lab.sh env)\"";
        ASSERT_TRUE(storeDir.isValid());
        clearSettings();
        SendingPreferencesDialog::saveUndoDelay(0);
        // Screenshots in another language (CARTEIRO_SCREENSHOT_LOCALE=pt_BR): the
        // texts the tests compare are English, so only a picture is meant then.
        if (const QString locale = qEnvironmentVariable("CARTEIRO_SCREENSHOT_LOCALE"); !locale.isEmpty())
            installTranslations(QLocale(locale));
        window = std::make_unique<MainWindow>(&keychain, nullptr, storeDir.filePath(QStringLiteral("carteiro.sqlite")));
        window->installLabAccount(LabAccountPreset::make(QStringLiteral("alice")));
        // No test may block on a password dialog.
        window->passwords()->setPrompt([](const AccountSettings &, const QString &) { return std::nullopt; });
        QObject::connect(window->outbox(), &OutboxEngine::sendFinished, [this](qint64 id, const SendResult &r) {
            results << r;
            resultIds << id;
        });
        QObject::connect(window->outbox(), &OutboxEngine::filingFinished,
                         [this](qint64, const SendResult &r) { filings << r; });
        window->show();
    }

    void TearDown() override
    {
        window.reset(); // its notices and composers go with it
        removeTranslations();
    }

    // The outbox entry with this id in the last published list (nullptr when gone).
    const OutboxEntry *entry(qint64 id) const
    {
        for (const OutboxEntry &e : window->outbox()->entries())
            if (e.id == id)
                return &e;
        return nullptr;
    }
    // How many SMTP connections the trace saw.
    int smtpConnections() const
    {
        QSet<quint32> ids;
        for (const TraceEvent &e : window->traceHub()->history())
            if (e.protocol == Protocol::Smtp)
                ids.insert(e.connection);
        return int(ids.size());
    }
};

} // namespace carteiro::test

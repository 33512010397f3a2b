// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Helpers shared by the Shell*, Composer* and Account* GUI tests.
#include "account/SecretStore.h"

#include <QCoreApplication>
#include <QSettings>
#include <QTest>
#include <functional>

namespace carteiro::test {

// Waits for a condition while the event loop runs, up to a generous bound.
inline bool waitUntil(const std::function<bool()> &condition, int timeoutMs = 30000)
{
    return QTest::qWaitFor(condition, timeoutMs);
}

// A keychain that is not there (like this machine without a Secret Service).
class UnavailableSecretStore : public SecretStore
{
public:
    using SecretStore::SecretStore;
    QString description() const override { return QStringLiteral("none"); }
    bool isPersistent() const override { return true; }
    void readSecret(const QString &key) override
    {
        Q_EMIT secretRead(key, Status::Unavailable, QString(), QStringLiteral("no secret service"));
    }
    void writeSecret(const QString &key, const QString &) override
    {
        Q_EMIT secretWritten(key, Status::Unavailable, QStringLiteral("no secret service"));
    }
    void removeSecret(const QString &key) override
    {
        Q_EMIT secretRemoved(key, Status::Unavailable, QStringLiteral("no secret service"));
    }
};

// Every test starts from empty settings (main.cpp points QSettings at a temporary folder).
inline void clearSettings()
{
    QSettings s;
    s.clear();
    s.sync();
}

} // namespace carteiro::test

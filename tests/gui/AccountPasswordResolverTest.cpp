// SPDX-License-Identifier: GPL-3.0-or-later
#include "ShellTestSupport.h"

#include "account/LabAccountPreset.h"
#include "account/MemorySecretStore.h"
#include "account/PasswordResolver.h"

#include <gtest/gtest.h>

using namespace carteiro;
using namespace carteiro::test;

namespace {
AccountSettings keychainAccount()
{
    AccountSettings a = LabAccountPreset::make(QStringLiteral("alice"), QProcessEnvironment()).account;
    a.id = QStringLiteral("acc");
    a.passwordPolicy = AccountSettings::PasswordPolicy::Keychain;
    return a;
}

struct Outcome
{
    bool called = false, ok = false;
    QString password;
};
} // namespace

TEST(AccountPasswordResolver, WithoutAKeychainTheUserIsToldAndThePasswordStaysInMemory)
{
    UnavailableSecretStore keychain;
    MemorySecretStore session;
    PasswordResolver r(&keychain, &session);
    QStringList reasons;
    r.setPrompt([&](const AccountSettings &, const QString &why) {
        reasons << why;
        return std::optional<QString>(QStringLiteral("typed-pw"));
    });
    Outcome o;
    r.resolve(keychainAccount(), nullptr, [&](bool ok, const QString &pw) { o = {true, ok, pw}; });
    ASSERT_TRUE(o.called);
    EXPECT_TRUE(o.ok);
    EXPECT_EQ(o.password, QStringLiteral("typed-pw"));
    ASSERT_EQ(reasons.size(), 1);
    EXPECT_TRUE(reasons.first().contains(QStringLiteral("keychain"))) << reasons.first().toStdString();
    // Asked once per session: the second send does not ask again.
    Outcome again;
    r.resolve(keychainAccount(), nullptr, [&](bool ok, const QString &pw) { again = {true, ok, pw}; });
    EXPECT_EQ(again.password, QStringLiteral("typed-pw"));
    EXPECT_EQ(reasons.size(), 1);

    // Storing reports that nothing was persisted, and why.
    bool persisted = true;
    QString message;
    r.store(keychainAccount(), QStringLiteral("new-pw"), [&](bool p, const QString &m) {
        persisted = p;
        message = m;
    });
    EXPECT_FALSE(persisted);
    EXPECT_TRUE(message.contains(QStringLiteral("keychain"))) << message.toStdString();
    EXPECT_EQ(session.value(QStringLiteral("acc")), QStringLiteral("new-pw"));
}

TEST(AccountPasswordResolver, KeychainPasswordIsUsedWithoutAsking)
{
    MemorySecretStore keychain, session;
    keychain.writeSecret(QStringLiteral("acc"), QStringLiteral("from-keychain"));
    PasswordResolver r(&keychain, &session);
    int asked = 0;
    r.setPrompt([&](const AccountSettings &, const QString &) {
        ++asked;
        return std::optional<QString>();
    });
    Outcome o;
    r.resolve(keychainAccount(), nullptr, [&](bool ok, const QString &pw) { o = {true, ok, pw}; });
    EXPECT_TRUE(o.ok);
    EXPECT_EQ(o.password, QStringLiteral("from-keychain"));
    EXPECT_EQ(asked, 0);

    // "Ask at send time" never touches the keychain, and a cancelled prompt sends nothing.
    AccountSettings ask = keychainAccount();
    ask.id = QStringLiteral("ask");
    ask.passwordPolicy = AccountSettings::PasswordPolicy::AskAtSend;
    Outcome cancelled;
    r.resolve(ask, nullptr, [&](bool ok, const QString &pw) { cancelled = {true, ok, pw}; });
    EXPECT_TRUE(cancelled.called);
    EXPECT_FALSE(cancelled.ok);
    EXPECT_EQ(asked, 1);

    // forget() removes it from both places.
    r.forget(QStringLiteral("acc"));
    EXPECT_FALSE(keychain.contains(QStringLiteral("acc")));
    EXPECT_FALSE(session.contains(QStringLiteral("acc")));
}

TEST(AccountPasswordResolver, LookupNeverAsks)
{
    MemorySecretStore keychain, session;
    PasswordResolver r(&keychain, &session);
    int asked = 0;
    r.setPrompt([&](const AccountSettings &, const QString &) {
        ++asked;
        return std::optional<QString>(QStringLiteral("typed"));
    });
    Outcome missing;
    r.lookup(keychainAccount(), [&](bool ok, const QString &pw) { missing = {true, ok, pw}; });
    EXPECT_TRUE(missing.called);
    EXPECT_FALSE(missing.ok) << "nothing stored: no answer, and no question";
    EXPECT_EQ(asked, 0);

    keychain.writeSecret(QStringLiteral("acc"), QStringLiteral("from-keychain"));
    Outcome found;
    r.lookup(keychainAccount(), [&](bool ok, const QString &pw) { found = {true, ok, pw}; });
    EXPECT_TRUE(found.ok);
    EXPECT_EQ(found.password, QStringLiteral("from-keychain"));
    EXPECT_EQ(session.value(QStringLiteral("acc")), QStringLiteral("from-keychain")) << "remembered for the session";

    AccountSettings ask = keychainAccount();
    ask.id = QStringLiteral("ask");
    ask.passwordPolicy = AccountSettings::PasswordPolicy::AskAtSend;
    Outcome none;
    r.lookup(ask, [&](bool ok, const QString &pw) { none = {true, ok, pw}; });
    EXPECT_TRUE(none.called);
    EXPECT_FALSE(none.ok);
    session.writeSecret(QStringLiteral("ask"), QStringLiteral("typed-before"));
    Outcome remembered;
    r.lookup(ask, [&](bool ok, const QString &pw) { remembered = {true, ok, pw}; });
    EXPECT_TRUE(remembered.ok);
    EXPECT_EQ(remembered.password, QStringLiteral("typed-before"));
    EXPECT_EQ(asked, 0);
}

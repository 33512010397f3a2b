// SPDX-License-Identifier: GPL-3.0-or-later
// Drafts autosave (tests/README.md, case 22): what is typed reaches the store a moment
// later, survives the window going away without sending, comes back with
// "Open unsent drafts", and leaves the store once sent.
#include "MainWindow.h"
#include "ShellTestSupport.h"
#include "LabEnv.h"
#include "account/LabAccountPreset.h"
#include "account/MemorySecretStore.h"
#include "account/PasswordResolver.h"
#include "compose/AddressField.h"
#include "compose/ComposerTextEdit.h"
#include "compose/ComposerWindow.h"
#include "mime/DraftCodec.h"
#include "engine/SendController.h"
#include "store/MailStore.h"

#include <QAction>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QUuid>
#include <QLabel>
#include <gtest/gtest.h>

using namespace carteiro;
using namespace carteiro::test;

namespace {

QList<DraftEntry> storedDrafts(const QString &path)
{
    MailStore store(path);
    EXPECT_TRUE(store.open()) << store.error().toStdString();
    return store.drafts();
}

std::unique_ptr<MainWindow> window(MemorySecretStore &keychain, const QString &storePath)
{
    auto w = std::make_unique<MainWindow>(&keychain, nullptr, storePath);
    w->passwords()->setPrompt([](const AccountSettings &, const QString &) { return std::nullopt; });
    w->installLabAccount(LabAccountPreset::make(QStringLiteral("alice")));
    return w;
}

} // namespace

TEST(DraftAutosave, SurvivesTheWindowGoingAwayAndReopens)
{
    clearSettings();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("drafts.sqlite"));
    MemorySecretStore keychain;
    {
        auto w = window(keychain, path);
        ComposerWindow *c = w->compose();
        ASSERT_NE(c, nullptr);
        c->setAutosaveDelay(50);
        c->toField()->setText(QStringLiteral("Bob Lab <bob@example.test>"));
        c->subjectEdit()->setText(QStringLiteral("Rascunho importante"));
        c->bodyEdit()->setPlainText(QStringLiteral("Primeira linha"));
        ASSERT_TRUE(waitUntil([&] { return c->draftId() > 0; }, 10000)) << "autosaved";
        const qint64 id = c->draftId();
        c->bodyEdit()->setPlainText(QStringLiteral("Primeira linha\nSegunda linha"));
        ASSERT_TRUE(waitUntil([&] {
            const QList<DraftEntry> d = storedDrafts(path);
            return d.size() == 1 && d.first().payload.contains("Segunda linha");
        }, 10000)) << "the later edit is saved into the same draft";
        EXPECT_EQ(c->draftId(), id);
        // The window goes away without sending (a crash keeps just as much: every save is durable).
    }
    const QList<DraftEntry> kept = storedDrafts(path);
    ASSERT_EQ(kept.size(), 1);
    EXPECT_EQ(kept.first().subject, QStringLiteral("Rascunho importante"));

    auto w = window(keychain, path);
    ASSERT_TRUE(waitUntil([&] { return w->draftsAction()->text().contains(QStringLiteral("(1)")); }, 10000))
        << w->draftsAction()->text().toStdString();
    w->draftsAction()->trigger();
    ComposerWindow *back = nullptr;
    ASSERT_TRUE(waitUntil([&] {
        const auto all = w->findChildren<ComposerWindow *>();
        back = all.isEmpty() ? nullptr : all.first();
        return back != nullptr;
    }, 10000));
    EXPECT_EQ(back->subjectEdit()->text(), QStringLiteral("Rascunho importante"));
    EXPECT_EQ(back->bodyEdit()->toPlainText(), QStringLiteral("Primeira linha\nSegunda linha"));
    EXPECT_TRUE(back->toField()->text().contains(QStringLiteral("bob@example.test")));
    EXPECT_EQ(back->draftId(), kept.first().id) << "editing goes on in the same draft";
    // Opening again does not open it twice.
    w->draftsAction()->trigger();
    QTest::qWait(300);
    EXPECT_EQ(w->findChildren<ComposerWindow *>().size(), 1);
}

TEST(DraftAutosave, ASentMessageLeavesNoDraft)
{
    const LabEnv lab = LabEnv::fromEnvironment();
    ASSERT_TRUE(lab.valid) << "the mail lab is not running: eval \"$(bash tests/lab/mail-lab.sh env)\"";
    clearSettings();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sent.sqlite"));
    MemorySecretStore keychain;
    auto w = window(keychain, path);
    QPointer<ComposerWindow> c = w->compose();
    ASSERT_TRUE(c);
    c->setAutosaveDelay(20);
    c->toField()->setText(lab.bob);
    c->subjectEdit()->setText(QStringLiteral("draft then sent %1").arg(QUuid::createUuid().toString(QUuid::Id128)));
    c->bodyEdit()->setPlainText(QStringLiteral("Olá"));
    ASSERT_TRUE(waitUntil([&] { return c->draftId() > 0; }, 10000));
    ASSERT_EQ(storedDrafts(path).size(), 1);
    ASSERT_TRUE(c->send());
    // Queued in the durable outbox (the window closes then): the draft has served its purpose.
    ASSERT_TRUE(waitUntil([&] { return c.isNull(); }, 30000))
        << c->statusLabel()->text().toStdString() << " / " << c->problemLabel()->text().toStdString();
    ASSERT_TRUE(waitUntil([&] { return storedDrafts(path).isEmpty(); }, 60000)) << "the draft left once sent";
}

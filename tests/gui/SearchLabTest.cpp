// SPDX-License-Identifier: GPL-3.0-or-later
// Search in the main window against the lab's real Dovecot: a body word found
// by the server's SEARCH while the body is not cached (the UID SEARCH in the
// inspector's history), then, once the message was read, by the local index
// alone; "joao" finding João; the quick filter on the inbox; a bad term named.
#include "LabEnv.h"
#include "MainWindow.h"
#include "ShellTestSupport.h"
#include "account/LabAccountPreset.h"
#include "account/MemorySecretStore.h"
#include "account/PasswordResolver.h"
#include "mail/FolderTreeModel.h"
#include "mail/MessageListModel.h"
#include "mail/SearchController.h"
#include "reader/MessageView.h"
#include "trace/TraceHub.h"

#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTreeView>
#include <QRegularExpression>
#include <QUuid>
#include <gtest/gtest.h>

using namespace carteiro;
using namespace carteiro::test;

namespace {

struct SearchLab : ::testing::Test
{
    LabEnv lab = LabEnv::fromEnvironment();
    QTemporaryDir dir;
    // Letters only: one word for the index and for Dovecot.
    QString marker = QStringLiteral("q") + QUuid::createUuid().toString(QUuid::Id128).left(12).replace(
                                              QRegularExpression(QStringLiteral("[0-9]")), QStringLiteral("x"));

    void SetUp() override
    {
        if (!lab.valid)
            GTEST_SKIP() << "the mail lab is not running (missing " << lab.missing.toStdString()
                         << "): eval \"$(bash tests/lab/mail-lab.sh env)\"";
        ASSERT_TRUE(dir.isValid());
        clearSettings();
    }

    void send(const QString &fromName, const QString &subject, const QString &body, const QString &token)
    {
        const CliRun run = runCli(
            {QStringLiteral("send"), QStringLiteral("--server"),
             QStringLiteral("smtps://%1:%2").arg(lab.host).arg(lab.submissions), QStringLiteral("--user"), lab.alice,
             QStringLiteral("--from"), QStringLiteral("%1 <%2>").arg(fromName, lab.alice), QStringLiteral("--to"),
             lab.bob, QStringLiteral("--subject"), subject, QStringLiteral("--body"), body,
             QStringLiteral("--ca-file"), lab.caFile},
            {QStringLiteral("CARTEIRO_PASSWORD=") + lab.alicePassword});
        ASSERT_EQ(run.exitCode, 0) << run.err.constData();
        // An ASCII token of the body: an accented subject is RFC 2047 encoded in the file.
        ASSERT_FALSE(lab.waitForDelivery(QStringLiteral("bob"), token.toUtf8()).isEmpty());
    }

    static qint64 rowWith(MainWindow &w, const QString &subject)
    {
        for (int r = 0; r < w.messageModel()->rowCount(); ++r)
            if (w.messageModel()->index(r, MessageListModel::SubjectColumn).data().toString() == subject)
                return w.messageModel()->messageId(r);
        return 0;
    }

    static const SearchHit *hitWith(const SearchController &s, const QString &subject)
    {
        for (const SearchHit &h : s.hits())
            if (h.message.subject == subject)
                return &h;
        return nullptr;
    }

    static bool run(SearchController &s, const QString &text)
    {
        QSignalSpy done(&s, &SearchController::finished);
        if (!s.search(text, SearchController::Scope::AllAccounts))
            return false;
        return done.count() > 0 || done.wait(60000);
    }
};

} // namespace

TEST_F(SearchLab, ABodyWordIsFoundByTheServerThenByTheLocalIndex)
{
    const QString word = marker + QStringLiteral("carteiro");
    const QString lesson = QStringLiteral("Aula %1").arg(marker);
    const QString meeting = QStringLiteral("Reunião %1").arg(marker);
    send(QStringLiteral("Alice"), lesson, QStringLiteral("Hoje falamos de %1 e de SMTP.\n").arg(word), word);
    send(QStringLiteral("João Teste"), meeting, QStringLiteral("Sem a palavra (%1end).\n").arg(marker),
         marker + QStringLiteral("end"));

    MemorySecretStore keychain;
    MainWindow w(&keychain, nullptr, dir.filePath(QStringLiteral("search.sqlite")));
    w.passwords()->setPrompt([](const AccountSettings &, const QString &) { return std::nullopt; });
    w.show();
    w.installLabAccount(LabAccountPreset::make(QStringLiteral("bob")));
    ASSERT_TRUE(waitUntil([&] { return rowWith(w, lesson) && rowWith(w, meeting); }, 60000))
        << w.statusText()->text().toStdString();

    // The quick filter: accents folded, only the matching row stays.
    SearchController &search = *w.search();
    search.quickFilter()->setText(QStringLiteral("reuniao ") + marker);
    EXPECT_EQ(w.messageModel()->rowCount(), 1);
    EXPECT_TRUE(rowWith(w, meeting));
    search.quickFilter()->clear();
    EXPECT_TRUE(rowWith(w, lesson) && rowWith(w, meeting));

    // The body is not cached: the server's SEARCH finds it.
    ASSERT_TRUE(run(search, QStringLiteral("body:") + word)) << search.searchStatus()->text().toStdString();
    const SearchHit *hit = hitWith(search, lesson);
    ASSERT_NE(hit, nullptr) << search.searchStatus()->text().toStdString();
    EXPECT_EQ(hit->where, SearchHit::Where::Server);
    EXPECT_EQ(search.hits().size(), 1);
    EXPECT_TRUE(w.folderView()->currentIndex().data(FolderTreeModel::IsSearchRole).toBool())
        << "the results show as the Search results folder";
    const qint64 id = rowWith(w, lesson);
    ASSERT_NE(id, 0) << "the hit is in the message list";
    bool searched = false;
    for (const TraceEvent &e : w.traceHub()->history())
        searched = searched || (e.bytes.contains("UID SEARCH") && e.bytes.contains(word.toUtf8()));
    EXPECT_TRUE(searched) << "the UID SEARCH is in the inspector";

    // Read it: the body is cached and indexed; the same search is answered locally.
    ASSERT_TRUE(w.selectMessage(id));
    ASSERT_TRUE(waitUntil([&] { return w.reader()->messageId() == id; }, 30000));
    ASSERT_TRUE(run(search, QStringLiteral("body:") + word));
    hit = hitWith(search, lesson);
    ASSERT_NE(hit, nullptr) << search.searchStatus()->text().toStdString();
    EXPECT_EQ(hit->where, SearchHit::Where::Local);

    // "joao" finds João (the sender's name), from the local index.
    ASSERT_TRUE(run(search, QStringLiteral("from:joao ") + marker));
    hit = hitWith(search, meeting);
    ASSERT_NE(hit, nullptr) << search.searchStatus()->text().toStdString();
    EXPECT_EQ(hit->where, SearchHit::Where::Local);
    EXPECT_EQ(search.hits().size(), 1);
    EXPECT_TRUE(search.searchStatus()->text().startsWith(QStringLiteral("1 message")))
        << search.searchStatus()->text().toStdString();

    // A bad term: nothing is searched and the status names it.
    EXPECT_FALSE(search.search(QStringLiteral("since:ontem"), SearchController::Scope::AllAccounts));
    EXPECT_TRUE(search.searchStatus()->text().contains(QStringLiteral("since:ontem")));
}

// SPDX-License-Identifier: GPL-3.0-or-later
// carteiro-cli search against the lab's Dovecot: the headers are brought into
// a fresh store, the local index answers for the subject (accents folded),
// the server's UID SEARCH for the body that is not cached (where "server",
// the inspector's line in --trace), --local finds what the store holds and
// only that, --all-folders, and the errors: a bad term, a wrong password, a
// store that does not exist.
#include "LabEnv.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QUuid>
#include <gtest/gtest.h>

using namespace carteiro::test;

namespace {

class SearchCli : public ::testing::Test
{
protected:
    void SetUp() override
    {
        lab = LabEnv::fromEnvironment();
        if (!lab.valid)
            GTEST_SKIP() << "the mail lab is not running (missing " << lab.missing.toStdString() << ")";
        ASSERT_TRUE(dir.isValid());
        marker = QStringLiteral("k") + QUuid::createUuid().toString(QUuid::Id128).left(12).replace(
                                             QRegularExpression(QStringLiteral("[0-9]")), QStringLiteral("y"));
        subject = QStringLiteral("Lição %1").arg(marker);
        const CliRun sent = runCli({QStringLiteral("send"), QStringLiteral("--server"),
                                    QStringLiteral("smtps://%1:%2").arg(lab.host).arg(lab.submissions),
                                    QStringLiteral("--user"), lab.alice, QStringLiteral("--from"), lab.alice,
                                    QStringLiteral("--to"), lab.bob, QStringLiteral("--subject"), subject,
                                    QStringLiteral("--body"), QStringLiteral("corpo %1pombo\n").arg(marker),
                                    QStringLiteral("--ca-file"), lab.caFile},
                                   {QStringLiteral("CARTEIRO_PASSWORD=") + lab.alicePassword});
        ASSERT_EQ(sent.exitCode, 0) << sent.err.constData();
        ASSERT_FALSE(lab.waitForDelivery(lab.bob, marker.toUtf8()).isEmpty());
    }

    CliRun search(const QStringList &more, const QString &password = {})
    {
        const QStringList args = {QStringLiteral("search"), QStringLiteral("--server"),
                                  QStringLiteral("imaps://%1:%2").arg(lab.host).arg(lab.imaps),
                                  QStringLiteral("--user"), lab.bob, QStringLiteral("--ca-file"), lab.caFile,
                                  QStringLiteral("--store"), dir.filePath(QStringLiteral("s.sqlite"))};
        return runCli(args + more,
                      {QStringLiteral("CARTEIRO_PASSWORD=") + (password.isEmpty() ? lab.bobPassword : password)});
    }

    static QList<QJsonObject> hits(const QByteArray &out)
    {
        QList<QJsonObject> list;
        for (const QByteArray &line : out.split('\n'))
            if (!line.trimmed().isEmpty())
                list << QJsonDocument::fromJson(line).object();
        return list;
    }

    LabEnv lab;
    QTemporaryDir dir;
    QString marker, subject;
};

} // namespace

TEST_F(SearchCli, LocalIndexThenTheServerForWhatIsNotCached)
{
    // The subject is in the index once the headers are synchronised: "licao" finds "Lição".
    CliRun r = search({QStringLiteral("--json"), QStringLiteral("subject:licao"), marker});
    ASSERT_EQ(r.exitCode, 0) << r.err.constData();
    QList<QJsonObject> found = hits(r.out);
    ASSERT_EQ(found.size(), 1) << r.out.constData();
    EXPECT_EQ(found[0].value(QStringLiteral("subject")).toString(), subject);
    EXPECT_EQ(found[0].value(QStringLiteral("folder")).toString(), QStringLiteral("INBOX"));
    EXPECT_EQ(found[0].value(QStringLiteral("where")).toString(), QStringLiteral("local"));
    EXPECT_TRUE(found[0].value(QStringLiteral("from")).toString().contains(lab.alice));
    EXPECT_GT(found[0].value(QStringLiteral("uid")).toInteger(), 0);
    EXPECT_FALSE(found[0].value(QStringLiteral("date")).toString().isEmpty());

    // The body word: only the server knows it (the body is not cached).
    r = search({QStringLiteral("--json"), QStringLiteral("--trace"), QStringLiteral("body:%1pombo").arg(marker)});
    ASSERT_EQ(r.exitCode, 0) << r.err.constData();
    found = hits(r.out);
    ASSERT_EQ(found.size(), 1) << r.out.constData() << r.err.constData();
    EXPECT_EQ(found[0].value(QStringLiteral("where")).toString(), QStringLiteral("server"));
    EXPECT_TRUE(r.err.contains("UID SEARCH")) << "the SEARCH is in the transcript";
    EXPECT_TRUE(r.err.contains("CHARSET UTF-8"));
    EXPECT_TRUE(r.err.contains("note:")) << "the server may not fold accents: said";
    EXPECT_FALSE(r.err.contains(lab.bobPassword.toUtf8()));

    // --local: the store only; the body was never cached, the subject is there.
    r = search({QStringLiteral("--local"), QStringLiteral("--json"), QStringLiteral("%1pombo").arg(marker)});
    ASSERT_EQ(r.exitCode, 0) << r.err.constData();
    EXPECT_TRUE(hits(r.out).isEmpty()) << r.out.constData();
    r = search({QStringLiteral("--local"), QStringLiteral("licao"), marker});
    ASSERT_EQ(r.exitCode, 0) << r.err.constData();
    EXPECT_TRUE(r.out.contains(subject.toUtf8())) << r.out.constData();
    EXPECT_TRUE(r.out.contains("\tlocal")) << r.out.constData();

    // Every folder of the account: the same message, once.
    r = search({QStringLiteral("--all-folders"), QStringLiteral("--json"), QStringLiteral("licao"), marker});
    ASSERT_EQ(r.exitCode, 0) << r.err.constData();
    EXPECT_EQ(hits(r.out).size(), 1) << r.out.constData();
}

TEST_F(SearchCli, ErrorsSayWhatWasWrong)
{
    CliRun r = search({QStringLiteral("since:ontem")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains("since:ontem")) << r.err.constData();
    r = search({QStringLiteral("--folder"), QStringLiteral("INBOX"), QStringLiteral("--all-folders"), marker});
    EXPECT_EQ(r.exitCode, 1);
    r = search({});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains("nothing to search")) << r.err.constData();
    r = search({marker}, QStringLiteral("wrong-password"));
    EXPECT_EQ(r.exitCode, 3) << r.err.constData();
    EXPECT_TRUE(r.err.startsWith("error:")) << r.err.constData();
    const CliRun missing = runCli({QStringLiteral("search"), QStringLiteral("--server"),
                                   QStringLiteral("imaps://%1:%2").arg(lab.host).arg(lab.imaps),
                                   QStringLiteral("--user"), lab.bob, QStringLiteral("--local"),
                                   QStringLiteral("--store"), dir.filePath(QStringLiteral("none.sqlite")), marker});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_TRUE(missing.err.contains("none.sqlite")) << missing.err.constData();
}

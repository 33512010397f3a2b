// SPDX-License-Identifier: GPL-3.0-or-later
// Contacts and signatures against the real lab: an address seen in bob's
// inbox (delivered by Postfix, synced from Dovecot) is offered by completion
// in the composer's To, accents folded; alice's signature reaches her Sent
// folder, after the "-- " separator, as Dovecot stored it.
#include "LabSendFixture.h"

#include "Fixtures.h"
#include "LabEnv.h"
#include "account/AccountDialog.h"
#include "compose/AddressCompleter.h"
#include "compose/AddressField.h"
#include "compose/ComposerTextEdit.h"
#include "compose/ComposerWindow.h"
#include "engine/ContactsEngine.h"
#include "mail/MessageListModel.h"
#include "mime/MessageContent.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QTextCursor>
#include <QUuid>

using namespace carteiro;
using namespace carteiro::test;

namespace {

struct ContactsLab : LabSendFixture
{
    ContactsLab() : LabSendFixture(QStringLiteral("carteiro-contacts")) {}

    // alice's Sent folder as Dovecot keeps it (Maildir++: .Sent/cur).
    QByteArray sentCopy(const QByteArray &needle, int timeoutMs = 30000) const
    {
        QByteArray found;
        waitUntil(
            [&] {
                for (const char *sub : {"cur", "new"}) {
                    const QDir dir(lab.maildirRoot + QStringLiteral("/alice/Maildir/.Sent/") + QLatin1String(sub));
                    for (const QString &name : dir.entryList(QDir::Files)) {
                        QFile f(dir.filePath(name));
                        if (f.open(QIODevice::ReadOnly)) {
                            const QByteArray raw = f.readAll();
                            if (raw.contains(needle)) {
                                found = raw;
                                return true;
                            }
                        }
                    }
                }
                return false;
            },
            timeoutMs);
        return found;
    }
};

} // namespace

TEST_F(ContactsLab, CompletionOffersAnAddressSeenInTheInbox)
{
    // carol (not an account of this window: alice and bob are, and one's own
    // addresses are never offered) writes to bob under a name with accents.
    const QString carol = qEnvironmentVariable("CARTEIRO_LAB_USER_CAROL");
    ASSERT_FALSE(carol.isEmpty()) << "the lab has no carol (CARTEIRO_LAB_USER_CAROL)";
    const CliRun run = runCli(
        {QStringLiteral("send"), QStringLiteral("--server"),
         QStringLiteral("smtps://%1:%2").arg(lab.host).arg(lab.submissions), QStringLiteral("--user"), carol,
         QStringLiteral("--from"), QString::fromUtf8("Conceição Araújo <%1>").arg(carol), QStringLiteral("--to"),
         lab.bob, QStringLiteral("--subject"), marker, QStringLiteral("--body"), QStringLiteral("Completion test.\n"),
         QStringLiteral("--ca-file"), lab.caFile},
        {QStringLiteral("CARTEIRO_PASSWORD=") + qEnvironmentVariable("CARTEIRO_LAB_PASSWORD_CAROL")});
    ASSERT_EQ(run.exitCode, 0) << run.err.constData();
    ASSERT_FALSE(lab.waitForDelivery(QStringLiteral("bob"), marker.toUtf8(), 30000).isEmpty());

    window->installLabAccount(LabAccountPreset::make(QStringLiteral("bob")));
    ASSERT_TRUE(waitUntil(
        [&] {
            const MessageListModel *m = window->messageModel();
            for (int r = 0; r < m->rowCount(); ++r)
                if (const StoredMessage *s = m->message(m->index(r, 0)); s && s->subject == marker)
                    return true;
            return false;
        },
        90000))
        << "the message never reached bob's list";

    ComposerWindow *c = window->compose();
    ASSERT_NE(c, nullptr);
    AddressCompleter *completer = c->completer(c->toField());
    ASSERT_NE(completer, nullptr);
    QLineEdit *to = c->toField()->lineEdit();
    to->setFocus();
    // Typed without accents, as a Brazilian keyboard user in a hurry would.
    ASSERT_TRUE(waitUntil(
        [&] {
            to->clear();
            QTest::keyClicks(to, QStringLiteral("conceicao"));
            return !completer->offered().isEmpty();
        },
        30000))
        << "no completion offered";
    const CompletionEntry first = completer->offered().first();
    EXPECT_EQ(first.address, carol.toLower());
    EXPECT_EQ(first.name, QString::fromUtf8("Conceição Araújo"));
    EXPECT_TRUE(completer->completer()->popup()->isVisible());
    QTest::keyClick(completer->completer()->popup(), Qt::Key_Return);
    EXPECT_EQ(to->text(), QString::fromUtf8("Conceição Araújo <%1>, ").arg(carol.toLower()));
    EXPECT_TRUE(c->toField()->isValid()) << c->toField()->errorText().toStdString();
    // bob and alice, this window's own accounts, are never offered.
    for (const QString &own : {lab.bob, lab.alice}) {
        to->clear();
        QTest::keyClicks(to, own.left(3));
        for (const CompletionEntry &e : completer->offered())
            EXPECT_NE(e.address.toLower(), own.toLower());
    }
    c->close();
}

TEST_F(ContactsLab, SignatureReachesSentAsDovecotStoredIt)
{
    AccountSettings a = window->currentAccount();
    a.signature = QString::fromUtf8("Alice Lab\nLaboratório de Redes");
    AccountDialog *d = window->openAccountDialog(a);
    d->accept();
    ASSERT_EQ(window->currentAccount().signature, a.signature);

    ComposerWindow *c = window->compose();
    ASSERT_NE(c, nullptr);
    EXPECT_EQ(c->bodyEdit()->toPlainText(), QString::fromUtf8("\n\n-- \nAlice Lab\nLaboratório de Redes"));
    c->toField()->setText(lab.bob);
    c->subjectEdit()->setText(marker);
    QTextCursor top(c->bodyEdit()->document());
    top.insertText(QString::fromUtf8("Olá Bob, segue o relatório."));
    ASSERT_TRUE(c->send());
    ASSERT_TRUE(waitUntil([&] { return !filings.isEmpty(); }, 60000)) << "never filed in Sent";
    ASSERT_FALSE(results.isEmpty());
    ASSERT_EQ(results.first().outcome, SendResult::Outcome::Sent) << results.first().error.toStdString();

    const QByteArray stored = sentCopy(marker.toUtf8());
    ASSERT_FALSE(stored.isEmpty()) << "no copy in alice's .Sent Maildir";
    const MessageContent content = MessageContent::fromRaw(stored);
    QString body = content.plainBody;
    body.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    EXPECT_TRUE(body.startsWith(QString::fromUtf8("Olá Bob, segue o relatório.\n\n-- \nAlice Lab\nLaboratório de Redes")))
        << body.toStdString();
}

// SPDX-License-Identifier: GPL-3.0-or-later
// The Outbox against the real lab: Undo send pulls a message back into a
// composer before anything reaches the server; Send later shows its time and
// waits; Edit and Delete; a message the server refuses shows Failed with the
// server's own words, the folder stands out, and the notice's "Show in Outbox"
// selects it. With CARTEIRO_OUTBOX_SCREENSHOT=FILE the last test also writes a
// picture of the Outbox (README's screenshot).
#include "LabSendFixture.h"

#include "account/AccountDialog.h"
#include "compose/AddressField.h"
#include "compose/ComposerTextEdit.h"
#include "compose/ComposerWindow.h"
#include "compose/SendLaterDialog.h"
#include "compose/UndoSendBar.h"
#include "engine/SendController.h"
#include "mail/FolderTreeModel.h"
#include "mail/OutboxModel.h"
#include "mail/OutboxView.h"

#include <QAction>
#include <QApplication>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QStatusBar>
#include <QTreeView>

using namespace carteiro;
using namespace carteiro::test;

namespace {

struct OutboxLab : LabSendFixture
{
    OutboxLab() : LabSendFixture(QStringLiteral("carteiro-outbox")) {}

    QPointer<ComposerWindow> write(const QString &subject, const QString &to = {})
    {
        QPointer<ComposerWindow> c = window->compose();
        EXPECT_FALSE(c.isNull());
        c->toField()->setText(to.isEmpty() ? QStringLiteral("Bob Lab <%1>").arg(lab.bob) : to);
        c->subjectEdit()->setText(subject);
        c->bodyEdit()->setPlainText(QStringLiteral("Olá Bob!\n"));
        return c;
    }
    // The only composer open (a reopened draft), or nullptr.
    ComposerWindow *openComposer() const
    {
        const QList<ComposerWindow *> all = window->findChildren<ComposerWindow *>();
        for (ComposerWindow *c : all)
            if (c->isVisible())
                return c;
        return nullptr;
    }
    qint64 onlyId() const
    {
        const QList<OutboxEntry> &all = window->outbox()->entries();
        return all.size() == 1 ? all.first().id : 0;
    }
    QString outboxLabel() const { return window->folderModel()->outboxIndex().data().toString(); }
};

} // namespace

TEST_F(OutboxLab, UndoSendPullsTheMessageBackAndNothingReachesTheServer)
{
    window->outbox()->setUndoDelay(60);
    const int smtpBefore = smtpConnections();
    QPointer<ComposerWindow> c = write(QStringLiteral("Undo me %1").arg(marker));
    ASSERT_TRUE(c->send());
    ASSERT_TRUE(waitUntil([&] { return c.isNull(); }, 30000)); // queued durably, then closed
    UndoSendBar *bar = window->undoBar();
    ASSERT_TRUE(waitUntil([&] { return !bar->isHidden(); }, 5000));
    EXPECT_TRUE(bar->label()->text().contains(QStringLiteral("Undo me"))) << bar->label()->text().toStdString();
    EXPECT_TRUE(bar->label()->text().startsWith(QStringLiteral("Sending"))) << bar->label()->text().toStdString();
    ASSERT_TRUE(waitUntil([&] { return onlyId() != 0; }, 10000));
    const qint64 id = onlyId();
    EXPECT_EQ(window->outbox()->entries().first().state, OutboxEntry::State::Queued);
    EXPECT_EQ(outboxLabel(), QStringLiteral("Outbox (1)"));

    QTest::mouseClick(bar->undoButton(), Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] { return openComposer() != nullptr; }, 10000));
    ComposerWindow *back = openComposer();
    EXPECT_EQ(back->subjectEdit()->text(), QStringLiteral("Undo me %1").arg(marker));
    EXPECT_EQ(back->toField()->addresses().size(), 1);
    EXPECT_TRUE(back->bodyEdit()->toPlainText().contains(QStringLiteral("Olá Bob!")));
    EXPECT_TRUE(bar->isHidden());
    EXPECT_TRUE(waitUntil([&] { return window->outbox()->entries().isEmpty(); }, 10000));
    EXPECT_EQ(outboxLabel(), QStringLiteral("Outbox"));
    EXPECT_TRUE(window->statusBar()->currentMessage().contains(QStringLiteral("nothing was sent")))
        << window->statusBar()->currentMessage().toStdString();
    // Nothing reached the server: no SMTP connection, bob's mailbox without it.
    EXPECT_EQ(smtpConnections(), smtpBefore);
    EXPECT_TRUE(results.isEmpty());
    EXPECT_TRUE(lab.waitForDelivery(lab.bob, marker.toUtf8(), 3000).isEmpty());
    // Undo once more on the same message: it is gone, and that is said.
    Q_EMIT bar->undoRequested(id);
    QLabel *note = window->outboxView()->note();
    EXPECT_TRUE(waitUntil([&] { return note->text().startsWith(QStringLiteral("Too late to undo")); }, 10000))
        << note->text().toStdString() << " / " << window->statusText()->text().toStdString();
    back->close();
}

TEST_F(OutboxLab, SendLaterShowsItsTimeWaitsAndCanBeEditedOrDeleted)
{
    QPointer<ComposerWindow> c = write(QStringLiteral("Later %1").arg(marker));
    // A time in the past is refused by the dialog, and by the composer.
    SendLaterDialog *dialog = c->openSendLaterDialog();
    dialog->setSendAt(QDateTime::currentDateTimeUtc().addSecs(-120));
    dialog->accept();
    EXPECT_TRUE(dialog->problemLabel()->isVisible());
    EXPECT_FALSE(c->isSending());
    EXPECT_FALSE(c->sendLater(QDateTime::currentDateTimeUtc().addSecs(-5)));
    const QDateTime when = QDateTime::currentDateTimeUtc().addSecs(3 * 3600);
    dialog->setSendAt(when);
    dialog->accept();
    ASSERT_TRUE(waitUntil([&] { return c.isNull(); }, 30000));
    ASSERT_TRUE(waitUntil([&] { return onlyId() != 0; }, 10000));
    const qint64 id = onlyId();
    const OutboxEntry e = window->outbox()->entries().first();
    EXPECT_EQ(e.state, OutboxEntry::State::Queued);
    EXPECT_LE(qAbs(e.sendAt.secsTo(when)), 60);
    EXPECT_TRUE(window->undoBar()->isHidden()); // a chosen time is not an undo delay

    // The Outbox folder shows it, waiting, with its time.
    ASSERT_TRUE(window->showOutbox(id));
    EXPECT_TRUE(window->isOutboxShown());
    OutboxModel *model = window->outboxModel();
    const int row = model->indexForId(id).row();
    EXPECT_EQ(model->index(row, OutboxModel::StateColumn).data().toString(), QStringLiteral("Waiting"));
    const QString at = model->index(row, OutboxModel::WhenColumn).data().toString();
    EXPECT_TRUE(at.startsWith(QStringLiteral("at "))) << at.toStdString();
    // It does not go before its time.
    QTest::qWait(3000);
    EXPECT_EQ(smtpConnections(), 0);
    EXPECT_TRUE(results.isEmpty());

    // Edit: back in a composer, out of the outbox.
    OutboxView *view = window->outboxView();
    ASSERT_TRUE(view->editAction()->isEnabled());
    view->editAction()->trigger();
    ASSERT_TRUE(waitUntil([&] { return openComposer() != nullptr; }, 10000));
    QPointer<ComposerWindow> edited = openComposer();
    EXPECT_EQ(edited->subjectEdit()->text(), QStringLiteral("Later %1").arg(marker));
    EXPECT_TRUE(waitUntil([&] { return window->outbox()->entries().isEmpty(); }, 10000));

    // Queued for later again, then Delete (confirmed): gone, never sent.
    ASSERT_TRUE(edited->sendLater(when));
    ASSERT_TRUE(waitUntil([&] { return edited.isNull() && onlyId() != 0; }, 30000));
    const qint64 second = onlyId();
    ASSERT_TRUE(view->selectEntry(second));
    view->deleteAction()->trigger();
    QMessageBox *confirm = view->confirmation();
    ASSERT_NE(confirm, nullptr);
    EXPECT_TRUE(confirm->text().contains(marker));
    confirm->findChild<QPushButton *>(QStringLiteral("yes"))->click();
    EXPECT_TRUE(waitUntil([&] { return window->outbox()->entries().isEmpty(); }, 10000));
    EXPECT_EQ(smtpConnections(), 0);
    EXPECT_TRUE(lab.waitForDelivery(lab.bob, marker.toUtf8(), 2000).isEmpty());
}

TEST_F(OutboxLab, ARefusedMessageIsFailedWithTheServersWordsAndTheNoticeShowsIt)
{
    // The MX-like listener: no AUTH, and a domain it does not serve is refused
    // by Postfix itself (554 5.7.1 Relay access denied, tests/lab/README.md).
    AccountSettings mx = window->currentAccount();
    mx.smtpPort = quint16(lab.submission - 587 + 25);
    mx.smtpSecurity = TransportSecurity::Plain;
    mx.lab = true;
    mx.username.clear();
    window->openAccountDialog(mx)->accept();
    // Friendlier subjects for the README's picture; the marker otherwise.
    const bool picture = !qEnvironmentVariableIsEmpty("CARTEIRO_OUTBOX_SCREENSHOT");
    const QString subject = picture ? QStringLiteral("Convite: feira de ciências") : QStringLiteral("Refused %1").arg(marker);
    QPointer<ComposerWindow> c = write(subject, QStringLiteral("Carla <carla@other.test>"));
    ASSERT_TRUE(c->send());
    ASSERT_TRUE(waitUntil([&] { return !results.isEmpty(); }, 60000));
    const SendResult r = results.first();
    const qint64 id = resultIds.first();
    EXPECT_EQ(r.outcome, SendResult::Outcome::Failed) << r.error.toStdString();
    // The SIZE Postfix announced (message_size_limit) now feeds the composer's warning.
    EXPECT_GT(r.sizeLimit, 0);
    EXPECT_EQ(window->sendController()->knownSizeLimit(mx.id), r.sizeLimit);
    ASSERT_TRUE(waitUntil([&] { return entry(id) && entry(id)->state == OutboxEntry::State::Failed; }, 10000));
    EXPECT_TRUE(entry(id)->lastReply.contains(QStringLiteral("Relay access denied")) ||
                entry(id)->recipientReplies.join(QLatin1Char(' ')).contains(QStringLiteral("Relay access denied")))
        << entry(id)->lastReply.toStdString();

    // The folder stands out; the list says Failed and quotes the server.
    const QModelIndex folder = window->folderModel()->outboxIndex();
    EXPECT_EQ(folder.data().toString(), QStringLiteral("Outbox (1)"));
    EXPECT_TRUE(folder.data(Qt::FontRole).value<QFont>().bold());
    EXPECT_EQ(folder.data(FolderTreeModel::AttentionRole).toLongLong(), 1);
    // The notice names the message, quotes the server, lists the refused recipient.
    QMessageBox *notice = nullptr;
    ASSERT_TRUE(waitUntil([&] { return (notice = window->outboxNotice(id)) && notice->isVisible(); }, 5000));
    EXPECT_TRUE(notice->text().contains(subject)) << notice->text().toStdString();
    EXPECT_TRUE(notice->informativeText().contains(QStringLiteral("Relay access denied")))
        << notice->informativeText().toStdString();
    EXPECT_TRUE(notice->informativeText().contains(QStringLiteral("carla@other.test")));
    EXPECT_FALSE(window->isOutboxShown());
    notice->findChild<QPushButton *>(QStringLiteral("showInOutbox"))->click();
    EXPECT_TRUE(window->isOutboxShown());
    EXPECT_EQ(window->folderView()->currentIndex(), folder);
    EXPECT_EQ(window->outboxView()->selectedId(), id);
    OutboxModel *model = window->outboxModel();
    const int row = model->indexForId(id).row();
    EXPECT_EQ(model->index(row, OutboxModel::StateColumn).data().toString(), QStringLiteral("Failed"));
    EXPECT_TRUE(model->index(row, OutboxModel::ReplyColumn).data().toString().startsWith(QStringLiteral("5")));
    EXPECT_TRUE(window->outboxView()->details()->text().contains(QStringLiteral("Relay access denied")));
    EXPECT_TRUE(lab.waitForDelivery(lab.bob, marker.toUtf8(), 2000).isEmpty());

    // One more, for later, so that the Outbox shows more than one state.
    QPointer<ComposerWindow> later =
        write(picture ? QStringLiteral("Notas da aula de SMTP") : QStringLiteral("Later %1").arg(marker));
    ASSERT_TRUE(later->sendLater(QDateTime::currentDateTimeUtc().addSecs(2 * 3600)));
    ASSERT_TRUE(waitUntil([&] { return window->outbox()->entries().size() == 2; }, 30000));
    EXPECT_EQ(window->folderModel()->outboxIndex().data().toString(), QStringLiteral("Outbox (2)"));
    if (const QByteArray shot = qgetenv("CARTEIRO_OUTBOX_SCREENSHOT"); !shot.isEmpty()) {
        window->outboxView()->selectEntry(id);
        window->resize(1280, 760);
        QTest::qWait(1500);
        QString error;
        EXPECT_TRUE(window->writeScreenshot(QString::fromLocal8Bit(shot), &error)) << error.toStdString();
    }
}

// SPDX-License-Identifier: GPL-3.0-or-later
// The outbox's widgets without a server: the Outbox folder node and its counts,
// the outbox list's state words and times, the actions each state allows, the
// PossiblySent warning before Retry, Send later refusing a past time, the Undo
// send bar's countdown, the undo delay setting, and the account option.
#include "ShellTestSupport.h"

#include "MainWindow.h"
#include "account/AccountDialog.h"
#include "account/LabAccountPreset.h"
#include "account/MemorySecretStore.h"
#include "compose/SendLaterDialog.h"
#include "compose/SendingPreferencesDialog.h"
#include "compose/UndoSendBar.h"
#include "engine/OutboxEngine.h"
#include "engine/SendController.h"
#include "mail/FolderTreeModel.h"
#include "mail/OutboxModel.h"
#include "mail/OutboxView.h"
#include "trace/TraceHub.h"

#include <QAction>
#include <QCheckBox>
#include <QDateTimeEdit>
#include <QFont>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTreeView>
#include <gtest/gtest.h>

using namespace carteiro;
using namespace carteiro::test;

namespace {
using State = OutboxEntry::State;

OutboxEntry make(qint64 id, State state, const QString &subject)
{
    OutboxEntry e;
    e.id = id;
    e.accountId = QStringLiteral("lab-alice");
    e.state = state;
    e.subject = subject;
    e.to = QStringLiteral("Bob Lab <bob@example.test>");
    e.updated = QDateTime::currentDateTimeUtc();
    return e;
}

QList<OutboxEntry> sample()
{
    OutboxEntry later = make(1, State::Queued, QStringLiteral("Later"));
    later.sendAt = QDateTime::currentDateTimeUtc().addSecs(3600);
    OutboxEntry deferred = make(2, State::Deferred, QStringLiteral("Deferred"));
    deferred.attempts = 2;
    deferred.nextAttempt = QDateTime::currentDateTimeUtc().addSecs(120);
    deferred.lastReply = QStringLiteral("451 4.3.0 Try again later");
    OutboxEntry failed = make(3, State::Failed, QStringLiteral("Refused"));
    failed.attempts = 1;
    failed.lastReply = QStringLiteral("554 5.7.1 <x@other.test>: Relay access denied");
    failed.recipientReplies = {QStringLiteral("<x@other.test>: 554 5.7.1 Relay access denied")};
    OutboxEntry maybe = make(4, State::PossiblySent, QStringLiteral("Maybe"));
    OutboxEntry sending = make(5, State::Sending, QStringLiteral("Going"));
    OutboxEntry unfiled = make(6, State::Sent, QStringLiteral("Unfiled"));
    unfiled.stage = OutboxEntry::Stage::Filing;
    unfiled.lastError = QStringLiteral("Sent, but not filed in Sent: APPEND: NO [TRYCREATE] no Sent");
    return {later, deferred, failed, maybe, sending, unfiled};
}

QString cell(const OutboxModel &m, qint64 id, int column, int role = Qt::DisplayRole)
{
    const QModelIndex i = m.indexForId(id);
    return m.index(i.row(), column).data(role).toString();
}
} // namespace

TEST(OutboxUi, TheListSaysEachStateItsTimeAndTheServersWords)
{
    OutboxModel model;
    model.setAccountNames({{QStringLiteral("lab-alice"), QStringLiteral("Lab (alice)")}});
    model.setEntries(sample());
    ASSERT_EQ(model.rowCount(), 6);
    EXPECT_EQ(model.columnCount(), int(OutboxModel::ColumnCount));
    EXPECT_EQ(model.headerData(OutboxModel::ReplyColumn, Qt::Horizontal).toString(), QStringLiteral("Last reply"));
    EXPECT_EQ(cell(model, 1, OutboxModel::StateColumn), QStringLiteral("Waiting"));
    EXPECT_TRUE(cell(model, 1, OutboxModel::WhenColumn).startsWith(QStringLiteral("at "))) << cell(model, 1, OutboxModel::WhenColumn).toStdString();
    EXPECT_EQ(cell(model, 2, OutboxModel::StateColumn), QStringLiteral("Deferred"));
    EXPECT_TRUE(cell(model, 2, OutboxModel::WhenColumn).startsWith(QStringLiteral("next try "))) << cell(model, 2, OutboxModel::WhenColumn).toStdString();
    EXPECT_EQ(cell(model, 2, OutboxModel::AttemptsColumn), QStringLiteral("2"));
    EXPECT_EQ(cell(model, 3, OutboxModel::StateColumn), QStringLiteral("Failed"));
    EXPECT_EQ(cell(model, 3, OutboxModel::ReplyColumn), QStringLiteral("554 5.7.1 <x@other.test>: Relay access denied"));
    EXPECT_TRUE(cell(model, 3, OutboxModel::ReplyColumn, Qt::ToolTipRole).contains(QStringLiteral("<x@other.test>: 554")));
    EXPECT_EQ(cell(model, 3, OutboxModel::AccountColumn), QStringLiteral("Lab (alice)"));
    EXPECT_EQ(cell(model, 4, OutboxModel::StateColumn), QStringLiteral("Possibly sent"));
    EXPECT_EQ(cell(model, 5, OutboxModel::StateColumn), QStringLiteral("Sending"));
    EXPECT_EQ(cell(model, 6, OutboxModel::StateColumn), QStringLiteral("Sent, not filed"));
    // Failed, possibly sent and not filed need the user: bold, counted.
    EXPECT_EQ(model.attentionCount(), 3);
    EXPECT_TRUE(model.index(model.indexForId(3).row(), 0).data(Qt::FontRole).value<QFont>().bold());
    EXPECT_FALSE(model.index(model.indexForId(1).row(), 0).data(Qt::FontRole).isValid());
    EXPECT_FALSE(model.index(0, 0).data(Qt::DecorationRole).value<QIcon>().isNull());
}

TEST(OutboxUi, TheOutboxNodeCountsMessagesAndStandsOutWhenOneNeedsTheUser)
{
    FolderTreeModel tree;
    tree.setAccount(QStringLiteral("a"), QStringLiteral("Alice"));
    tree.setOutbox(0, 0);
    tree.setAccount(QStringLiteral("b"), QStringLiteral("Bob")); // accounts stay before the Outbox
    ASSERT_EQ(tree.rowCount(), 3);
    const QModelIndex outbox = tree.outboxIndex();
    ASSERT_TRUE(outbox.isValid());
    EXPECT_EQ(outbox.row(), 2);
    EXPECT_EQ(tree.index(1, 0).data(FolderTreeModel::AccountIdRole).toString(), QStringLiteral("b"));
    EXPECT_TRUE(outbox.data(FolderTreeModel::IsOutboxRole).toBool());
    EXPECT_FALSE(tree.index(0, 0).data(FolderTreeModel::IsOutboxRole).toBool());
    EXPECT_EQ(outbox.data().toString(), QStringLiteral("Outbox"));
    EXPECT_TRUE(tree.flags(outbox) & Qt::ItemIsSelectable);
    EXPECT_FALSE(outbox.data(Qt::FontRole).isValid());

    QSignalSpy changed(&tree, &QAbstractItemModel::dataChanged);
    tree.setOutbox(3, 1);
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(outbox.data().toString(), QStringLiteral("Outbox (3)"));
    EXPECT_TRUE(outbox.data(Qt::FontRole).value<QFont>().bold());
    EXPECT_EQ(outbox.data(FolderTreeModel::AttentionRole).toLongLong(), 1);
    EXPECT_TRUE(outbox.data(Qt::ToolTipRole).toString().contains(QStringLiteral("need you")));
    tree.setOutbox(3, 1);
    EXPECT_EQ(changed.count(), 1); // nothing new, no signal

    // Messages cannot be dropped on it; removing an account leaves it alone.
    QMimeData drop;
    drop.setData(QString::fromLatin1(MessageIdsMimeType), "1,2");
    EXPECT_FALSE(tree.canDropMimeData(&drop, Qt::MoveAction, -1, 0, outbox));
    tree.removeAccount(QString());
    EXPECT_TRUE(tree.outboxIndex().isValid());
}

TEST(OutboxUi, EachStateOffersItsActionsAndAPossiblySentRetryWarnsFirst)
{
    TraceHub hub;
    QTemporaryDir dir;
    OutboxEngine engine(&hub, dir.filePath(QStringLiteral("outbox.sqlite"))); // not started: nothing is sent
    OutboxModel model;
    model.setEntries(sample());
    OutboxView view(&engine, &model);
    view.show();
    const auto actions = [&](qint64 id) {
        EXPECT_TRUE(view.selectEntry(id));
        return QString::fromLatin1("%1%2%3%4")
            .arg(view.sendNowAction()->isEnabled() ? 'S' : '-')
            .arg(view.retryAction()->isEnabled() ? 'R' : '-')
            .arg(view.editAction()->isEnabled() ? 'E' : '-')
            .arg(view.deleteAction()->isEnabled() ? 'D' : '-');
    };
    EXPECT_EQ(actions(1), QStringLiteral("S-ED")); // waiting: send now, edit, delete
    EXPECT_EQ(actions(2), QStringLiteral("S-ED")); // deferred
    EXPECT_EQ(actions(3), QStringLiteral("-RED")); // failed
    EXPECT_EQ(actions(4), QStringLiteral("-RED")); // possibly sent
    EXPECT_EQ(actions(5), QStringLiteral("----")); // being sent: hands off
    EXPECT_EQ(actions(6), QStringLiteral("-R-D")); // sent, not filed: retry the filing
    // The details quote the server and list the refused recipients.
    view.selectEntry(3);
    EXPECT_TRUE(view.details()->text().contains(QStringLiteral("Relay access denied")));
    EXPECT_TRUE(view.details()->text().contains(QStringLiteral("<x@other.test>: 554")));
    // The engine republishes: the selection stays on the same message.
    QList<OutboxEntry> moved = sample();
    moved.removeFirst();
    model.setEntries(moved);
    EXPECT_EQ(view.selectedId(), 3);

    // Retry of a possibly sent message: first the warning, nothing else.
    view.selectEntry(4);
    EXPECT_TRUE(view.details()->text().contains(QStringLiteral("deliver it twice")));
    view.retryAction()->trigger();
    QMessageBox *box = view.confirmation();
    ASSERT_NE(box, nullptr);
    EXPECT_TRUE(box->informativeText().contains(QStringLiteral("the server may have received it; sending again may "
                                                               "deliver it twice")));
    EXPECT_NE(box->findChild<QPushButton *>(QStringLiteral("yes")), nullptr);
    box->reject();
    // Delete asks too.
    ASSERT_TRUE(view.selectEntry(2));
    view.deleteAction()->trigger();
    ASSERT_NE(view.confirmation(), nullptr);
    EXPECT_TRUE(view.confirmation()->text().contains(QStringLiteral("Deferred")));
    view.confirmation()->reject();
}

TEST(OutboxUi, SendLaterRefusesATimeInThePast)
{
    SendLaterDialog dialog;
    dialog.show();
    EXPECT_GT(dialog.sendAt(), QDateTime::currentDateTimeUtc()); // starts in the future
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    dialog.setSendAt(QDateTime::currentDateTimeUtc().addSecs(-600));
    dialog.accept();
    EXPECT_EQ(accepted.count(), 0);
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_TRUE(dialog.problemLabel()->isVisible());
    EXPECT_TRUE(dialog.problemLabel()->text().contains(QStringLiteral("already passed")));
    const QDateTime when = QDateTime::currentDateTimeUtc().addDays(1);
    dialog.setSendAt(when);
    EXPECT_FALSE(dialog.problemLabel()->isVisible());
    dialog.accept();
    EXPECT_EQ(accepted.count(), 1);
    EXPECT_LE(qAbs(dialog.sendAt().secsTo(when)), 60); // minutes are what the field shows
}

TEST(OutboxUi, TheUndoBarCountsDownAndAsksForTheShownMessage)
{
    UndoSendBar bar;
    EXPECT_TRUE(bar.isHidden());
    QSignalSpy undo(&bar, &UndoSendBar::undoRequested);
    bar.add(7, QStringLiteral("Lunch"), QDateTime::currentDateTimeUtc().addSecs(10));
    EXPECT_FALSE(bar.isHidden());
    EXPECT_TRUE(bar.label()->text().contains(QStringLiteral("\u201cLunch\u201d"))) << bar.label()->text().toStdString();
    EXPECT_TRUE(bar.label()->text().contains(QStringLiteral("10 s"))) << bar.label()->text().toStdString();
    bar.add(8, QStringLiteral("Dinner"), QDateTime::currentDateTimeUtc().addSecs(30));
    EXPECT_EQ(bar.shownId(), 8);
    EXPECT_TRUE(bar.label()->text().contains(QStringLiteral("1 more")));
    bar.undoButton()->click();
    ASSERT_EQ(undo.count(), 1);
    EXPECT_EQ(undo.first().first().toLongLong(), 8);
    bar.forget(8);
    EXPECT_EQ(bar.shownId(), 7);
    bar.retain({});
    EXPECT_TRUE(bar.isHidden());
    // Its time up, a message leaves the bar by itself.
    bar.add(9, QStringLiteral("Soon"), QDateTime::currentDateTimeUtc().addMSecs(300));
    EXPECT_TRUE(waitUntil([&] { return bar.isHidden(); }, 5000));
}

TEST(OutboxUi, TheUndoDelayIsASettingAppliedToTheOutbox)
{
    clearSettings();
    EXPECT_EQ(SendingPreferencesDialog::savedUndoDelay(), 10); // the default
    QTemporaryDir dir;
    MemorySecretStore keychain;
    MainWindow window(&keychain, nullptr, dir.filePath(QStringLiteral("store.sqlite")));
    window.show();
    EXPECT_EQ(window.outbox()->undoDelay(), 10);
    EXPECT_TRUE(window.folderModel()->outboxIndex().isValid());
    QAction *menuEntry = window.findChild<QAction *>(QStringLiteral("sendingPreferencesAction"));
    ASSERT_NE(menuEntry, nullptr);
    SendingPreferencesDialog *dialog = window.openSendingPreferences();
    EXPECT_EQ(dialog->undoDelaySpin()->value(), 10);
    dialog->undoDelaySpin()->setValue(0);
    EXPECT_EQ(dialog->undoDelaySpin()->text(), QStringLiteral("Off"));
    dialog->undoDelaySpin()->setValue(25);
    dialog->accept();
    EXPECT_EQ(window.outbox()->undoDelay(), 25);
    EXPECT_EQ(SendingPreferencesDialog::savedUndoDelay(), 25);
    // Selecting the Outbox folder shows the outbox instead of the message list.
    EXPECT_FALSE(window.isOutboxShown());
    ASSERT_TRUE(window.showOutbox());
    EXPECT_TRUE(window.isOutboxShown());
    EXPECT_TRUE(window.outboxView()->isVisible());
    clearSettings();
}

TEST(OutboxUi, TheAccountDialogKeepsTheProviderFilesSentOption)
{
    TraceHub hub;
    SendController controller(&hub);
    AccountSettings a = LabAccountPreset::make(QStringLiteral("alice"), QProcessEnvironment()).account;
    a.serverFilesSent = true;
    AccountDialog dialog(a, &controller);
    ASSERT_NE(dialog.serverFilesSentCheck(), nullptr);
    EXPECT_TRUE(dialog.serverFilesSentCheck()->isChecked());
    EXPECT_FALSE(dialog.serverFilesSentCheck()->toolTip().isEmpty());
    dialog.serverFilesSentCheck()->setChecked(false);
    EXPECT_FALSE(dialog.account().serverFilesSent);
}

// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow: mailboxes opened from disk (File > Open Mailbox: mbox, Maildir,
// MH; read-only, listed and read like any folder), Local Folders (in the
// store, usable offline), and copies between them and IMAP folders (drag and
// drop, Import, Export as mbox) through MailTransfer, with progress and Stop.
#include "MainWindow.h"

#include "engine/AccountEngine.h"
#include "engine/AccountEngines.h"
#include "engine/LocalMailboxes.h"
#include "engine/MailTransfer.h"
#include "mail/FolderTreeModel.h"
#include "mail/MessageListModel.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QProgressBar>
#include <QPushButton>
#include <QStatusBar>
#include <QTreeView>

namespace carteiro {

void MainWindow::installMailboxes(const QString &storePath)
{
    m_mailboxes = new LocalMailboxes(storePath, this);
    m_transfer = new MailTransfer(m_mailboxes, m_engines, this);
    m_folderModel->setAccount(LocalMailboxes::localFoldersAccountId(), tr("Local Folders"));
    AccountSettings local;
    local.id = LocalMailboxes::localFoldersAccountId();
    local.name = tr("Local Folders");
    m_engines->engine(local.id)->openAccount(local, QString()); // the store only: never a server

    connect(m_mailboxes, &LocalMailboxes::foldersChanged, this,
            [this](const QString &accountId, const QList<StoredFolder> &folders) {
                if (folders.isEmpty()) // the last one was closed
                    return m_folderModel->removeAccount(accountId);
                m_folderModel->setAccount(accountId, tr("Opened mailboxes"));
                m_folderModel->setFolders(accountId, folders);
                m_folders->expand(m_folderModel->accountIndex(accountId));
            });
    connect(m_mailboxes, &LocalMailboxes::opened, this, [this](qint64 folderId) {
        const QModelIndex i = m_folderModel->indexForFolder(folderId);
        if (i.isValid())
            m_folders->setCurrentIndex(i);
    });
    connect(m_mailboxes, &LocalMailboxes::countsChanged, m_folderModel, &FolderTreeModel::setCounts);
    connect(m_mailboxes, &LocalMailboxes::folderLoaded, this, [this](qint64 folderId, const QList<StoredMessage> &rows) {
        if (folderId == m_openFolder)
            m_messageModel->setMessages(rows);
    });
    connect(m_mailboxes, &LocalMailboxes::messagesUpserted, this,
            [this](qint64 folderId, const QList<StoredMessage> &rows) {
                if (folderId == m_openFolder)
                    m_messageModel->upsert(rows);
            });
    connect(m_mailboxes, &LocalMailboxes::progress, this, [this](qint64 folderId, qint64 done, qint64 total) {
        if (folderId != m_openFolder || m_transfer->running())
            return;
        const bool reading = total > 0 && done < total;
        m_statusProgress->setVisible(reading);
        m_mailboxStop->setVisible(reading);
        if (!reading)
            return;
        m_statusProgress->setRange(0, 1000);
        m_statusProgress->setValue(int(done * 1000 / total));
        m_statusProgress->setFormat(tr("Reading the mailbox: %p%"));
    });
    connect(m_mailboxes, &LocalMailboxes::folderSynced, this, [this](qint64 folderId) {
        if (folderId != m_openFolder)
            return;
        m_messageModel->loadingFinished();
        if (!m_transfer->running()) {
            m_statusProgress->hide();
            m_mailboxStop->hide();
        }
        m_statusText->setText(tr("%n message(s) read from the mailbox", nullptr, m_messageModel->rowCount()));
        if (m_importWhenRead == folderId) {
            m_importWhenRead = 0;
            importOpenMailbox();
        }
    });
    connect(m_mailboxes, &LocalMailboxes::bodyReady, this, &MainWindow::onBodyReady);
    connect(m_mailboxes, &LocalMailboxes::failed, this, [this](const QString &message) {
        m_messageModel->loadingFinished();
        m_statusText->setText(message);
        statusBar()->showMessage(message, 15000);
    });
    connect(m_mailboxes, &LocalMailboxes::warning, this,
            [this](const QString &message) { statusBar()->showMessage(tr("Warning: %1").arg(message), 15000); });

    m_mailboxStop = new QPushButton(tr("Stop"), this);
    m_mailboxStop->setObjectName(QStringLiteral("mailboxStop"));
    m_mailboxStop->setToolTip(tr("Stop reading the mailbox, or stop the copy after the current message"));
    m_mailboxStop->hide();
    statusBar()->addPermanentWidget(m_mailboxStop);
    connect(m_mailboxStop, &QPushButton::clicked, this, [this] {
        if (m_transfer->running())
            m_transfer->cancel();
        else if (LocalMailboxes::isMailboxFolder(m_openFolder))
            m_mailboxes->stopIndexing(m_openFolder);
    });
    connect(m_transfer, &MailTransfer::progress, this, [this](qint64 done, qint64 total) {
        m_statusProgress->setRange(0, int(qMax<qint64>(total, 1)));
        m_statusProgress->setValue(int(done));
        m_statusProgress->setFormat(tr("Copied %1 of %2").arg(done).arg(total));
        m_statusProgress->show();
        m_mailboxStop->show();
    });
    connect(m_transfer, &MailTransfer::finished, this, &MainWindow::onTransferFinished);

    auto *file = menuBar()->findChild<QMenu *>(QStringLiteral("fileMenu"));
    auto *open = new QMenu(tr("Open &Mailbox"), this);
    open->setObjectName(QStringLiteral("openMailboxMenu"));
    m_openMboxAction = open->addAction(tr("&mbox File..."), this, [this] { chooseMailbox(false); });
    m_openMboxAction->setToolTip(tr("Read a mailbox file (mbox: mboxo, mboxrd, mboxcl, mboxcl2) directly, without changing it"));
    open->addAction(tr("Maildir or MH &Folder..."), this, [this] { chooseMailbox(true); })
        ->setToolTip(tr("Read a Maildir (cur, new, tmp) or an MH folder directly, without changing it"));
    m_exportAction = new QAction(tr("&Export Folder as mbox..."), this);
    m_exportAction->setToolTip(tr("Write every message of the open folder to an mboxrd file"));
    connect(m_exportAction, &QAction::triggered, this, [this] { exportOpenFolder(QString()); });
    if (file) {
        QAction *before = file->actions().value(3); // after Write, Drafts and Send/Receive
        file->insertMenu(before, open);
        file->insertAction(before, m_exportAction);
    }
}

qint64 MainWindow::openMailbox(const QString &path)
{
    return m_mailboxes->open(path);
}

void MainWindow::chooseMailbox(bool folder)
{
    const QString path = folder ? QFileDialog::getExistingDirectory(this, tr("Open a Maildir or MH folder"))
                                : QFileDialog::getOpenFileName(this, tr("Open an mbox file"));
    if (!path.isEmpty())
        openMailbox(path);
}

QString MainWindow::accountOfFolder(qint64 folderId) const
{
    return m_folderModel->indexForFolder(folderId).data(FolderTreeModel::AccountIdRole).toString();
}

QList<StoredMessage> MainWindow::openFolderRows(const QList<qint64> &ids) const
{
    QList<StoredMessage> rows;
    if (ids.isEmpty()) {
        for (int r = 0; r < m_messageModel->rowCount(); ++r)
            if (const StoredMessage *m = m_messageModel->message(m_messageModel->index(r, 0)); m && m->id)
                rows.append(*m);
    }
    for (qint64 id : ids)
        if (const StoredMessage *m = m_messageModel->message(m_messageModel->indexForId(id)))
            rows.append(*m);
    return rows;
}

void MainWindow::onMessagesDropped(const QList<qint64> &ids, qint64 target, Qt::DropAction action)
{
    if (target == m_openFolder)
        return;
    const QString from = accountOfFolder(m_openFolder);
    const QString to = accountOfFolder(target);
    const QString local = LocalMailboxes::localFoldersAccountId();
    if (from == to && from != local && !LocalMailboxes::isMailboxFolder(m_openFolder)) {
        action == Qt::CopyAction ? mail()->copy(ids, target) : mail()->move(ids, target); // one IMAP account
        return;
    }
    MailTransfer::Target t;
    t.folderId = target;
    if (to != local) {
        t.kind = MailTransfer::Target::Kind::ImapFolder;
        t.accountId = to;
    }
    // Out of a mailbox on disk it is always a copy: the file is never changed.
    const bool move = action != Qt::CopyAction && !LocalMailboxes::isMailboxFolder(m_openFolder);
    startTransfer(openFolderRows(ids), from, t, move);
}

void MainWindow::startTransfer(const QList<StoredMessage> &rows, const QString &sourceAccount,
                               const MailTransfer::Target &target, bool move)
{
    QString error;
    if (!m_transfer->start(rows, sourceAccount, target, move ? MailTransfer::Mode::Move : MailTransfer::Mode::Copy,
                           &error))
        statusBar()->showMessage(error, 10000);
}

void MainWindow::importMailbox(qint64 folderId)
{
    if (folderId != m_openFolder) {
        m_importWhenRead = folderId; // opened first; imported once every message is listed
        m_folders->setCurrentIndex(m_folderModel->indexForFolder(folderId));
        return;
    }
    importOpenMailbox();
}

void MainWindow::importOpenMailbox()
{
    MailTransfer::Target t;
    t.newFolderName = QFileInfo(m_folderModel->indexForFolder(m_openFolder)
                                    .data(FolderTreeModel::LocationRole).toString()).completeBaseName();
    if (t.newFolderName.isEmpty())
        t.newFolderName = tr("Imported");
    startTransfer(openFolderRows(), LocalMailboxes::accountId(), t, false);
}

void MainWindow::exportOpenFolder(const QString &chosenPath)
{
    if (!m_openFolder) {
        statusBar()->showMessage(tr("Open the folder to export first."), 8000);
        return;
    }
    const QString name = m_folderModel->indexForFolder(m_openFolder).data(FolderTreeModel::FullNameRole).toString();
    const QString path = !chosenPath.isEmpty()
                             ? chosenPath
                             : QFileDialog::getSaveFileName(this, tr("Export %1 as mbox").arg(name),
                                                            QFileInfo(name).fileName() + QStringLiteral(".mbox"));
    if (path.isEmpty())
        return;
    MailTransfer::Target t;
    t.kind = MailTransfer::Target::Kind::MboxFile;
    t.path = path;
    m_exportPath = path;
    startTransfer(openFolderRows(), accountOfFolder(m_openFolder), t, false);
}

void MainWindow::extendFolderMenu(QMenu *menu, const QModelIndex &at)
{
    const qint64 folderId = at.data(FolderTreeModel::FolderIdRole).toLongLong();
    if (!folderId)
        return;
    const bool busy = m_transfer->running();
    if (LocalMailboxes::isMailboxFolder(folderId)) {
        menu->addAction(tr("&Import into Local Folders"), this, [this, folderId] { importMailbox(folderId); })
            ->setEnabled(!busy);
        menu->addAction(tr("&Close Mailbox"), this, [this, folderId] {
            if (folderId == m_openFolder) {
                m_openFolder = 0;
                m_messageModel->clear();
            }
            m_mailboxes->close(folderId);
        });
    }
    QAction *exportAction = menu->addAction(tr("E&xport as mbox..."), this, [this] { exportOpenFolder(QString()); });
    exportAction->setEnabled(folderId == m_openFolder && !busy);
    if (folderId != m_openFolder)
        exportAction->setToolTip(tr("Open the folder first: its messages are exported as listed"));
}

void MainWindow::onTransferFinished(int done, int total, qint64 folderId, const QString &error)
{
    m_statusProgress->hide();
    m_mailboxStop->hide();
    if (AccountEngine *local = m_engines->find(LocalMailboxes::localFoldersAccountId()))
        local->refresh(); // the Local Folders' counts and rows as the store has them now
    QString text;
    if (!error.isEmpty())
        text = tr("%1 of %2 copied. %3 Nothing was lost: the rest is where it was.").arg(done).arg(total).arg(error);
    else if (!m_exportPath.isEmpty())
        text = tr("%n message(s) exported to %1", nullptr, done).arg(m_exportPath);
    else
        text = tr("%n message(s) copied", nullptr, done);
    m_exportPath.clear();
    m_statusText->setText(text);
    statusBar()->showMessage(text, 15000);
    Q_UNUSED(folderId);
}

} // namespace carteiro

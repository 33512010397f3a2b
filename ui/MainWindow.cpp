// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"
#include "MainWindowEveryday.h"

#include "ProjectorScale.h"
#include "account/AccountDialog.h"
#include "account/AccountStore.h"
#include "account/KeychainSecretStore.h"
#include "account/LabAccountPreset.h"
#include "account/MemorySecretStore.h"
#include "account/PasswordResolver.h"
#include "compose/AddressField.h"
#include "compose/ComposerWindow.h"
#include "compose/SizeEstimate.h"
#include "mime/MailAddress.h"
#include "inspector/InspectorDock.h"
#include "inspector/SessionSummary.h"
#include "inspector/TraceModel.h"
#include "inspector/TranscriptPane.h"
#include "mail/FolderMenu.h"
#include "mail/FolderTreeModel.h"
#include "mime/DraftCodec.h"
#include "mime/ReplyBuilder.h"
#include "classroom/StepModeMenu.h"
#include "engine/AccountEngine.h"
#include "engine/AccountEngines.h"
#include "engine/LocalMailboxes.h"
#include "mail/MessageListModel.h"
#include "mail/MessageListView.h"
#include "mail/SearchController.h"
#include "mail/UnifiedInbox.h"
#include "reader/MessageView.h"
#include "engine/OutboxEngine.h"
#include "engine/SendController.h"
#include "trace/TraceHub.h"

#include <QAction>
#include <QApplication>
#include <QSet>
#include <QCloseEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QScreen>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTreeView>
#include <QItemSelectionModel>

namespace carteiro {

namespace {
const QString kGeometry = QStringLiteral("mainWindow/geometry");
const QString kState = QStringLiteral("mainWindow/state");
const QString kProbeKey = QStringLiteral("carteiro-keychain-probe");
constexpr int kStateVersion = 1;
} // namespace

MainWindow::MainWindow(SecretStore *keychain, QWidget *parent, const QString &storePath)
    : QMainWindow(parent),
      m_hub(new TraceHub(this)),
      m_controller(new SendController(m_hub, this)),
      m_store(new AccountStore()),
      m_keychain(keychain ? keychain : new KeychainSecretStore(QStringLiteral("Carteiro"), this)),
      m_sessionSecrets(new MemorySecretStore(this)),
      m_passwords(new PasswordResolver(m_keychain, m_sessionSecrets, this))
{
    const QString store = storePath.isEmpty() ? AccountEngine::defaultStorePath() : storePath;
    m_storePath = store;
    m_engines = new AccountEngines(m_hub, store, this);
    m_outbox = new OutboxEngine(m_hub, store, this); // sending: the durable outbox on the same store
    setWindowTitle(tr("Carteiro"));
    setObjectName(QStringLiteral("mainWindow"));
    buildPanes();
    buildInspector();
    buildActions();
    StepModeMenu::install(this, m_outbox, m_engines); // Tools > Step through the next ...
    buildStatusBar();
    refreshFolders();
    resize(1200, 780);
    restoreLayout();
    connect(m_controller, &SendController::started, this, &MainWindow::onSendStarted);
    connect(m_controller, &SendController::finished, this, &MainWindow::onSendFinished);
    connect(m_controller, &SendController::stateChanged, m_statusText, &QLabel::setText);
    connect(m_engines, &AccountEngines::engineAdded, this, &MainWindow::wireEngine);
    wireDrafts(m_engines->drafts());
    installMailboxes(store); // File > Open Mailbox, Local Folders, copies (MainWindowMailboxes.cpp)
    probeKeychain();
    openCurrentAccount();
    installOutbox(); // the Outbox folder, undo send, the send results (MainWindowOutbox.cpp)
    new EverydayActions(this); // Undo, Move to / Copy to, next unread, the welcome page (MainWindowEveryday.cpp)
    m_engines->drafts()->loadDrafts(); // announces drafts an earlier session left behind
}

MainWindow::~MainWindow()
{
    // The engines' threads end (and write their last trace events) while the hub still exists;
    // the outbox first: it files in Sent through the account engines.
    delete m_outbox;
    m_outbox = nullptr;
    delete m_engines;
    m_engines = nullptr;
    delete m_store;
}

void MainWindow::buildPanes()
{
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("mainSplitter"));
    m_folderModel = new FolderTreeModel(this);
    m_folders = new QTreeView(split);
    m_folders->setObjectName(QStringLiteral("folderView"));
    m_folders->setModel(m_folderModel);
    m_folders->setHeaderHidden(true);
    m_folders->setUniformRowHeights(true);
    m_folders->setAccessibleName(tr("Folders"));
    // Messages dragged from the list drop on a folder (move; copy with Ctrl).
    m_folders->setDragDropMode(QAbstractItemView::DropOnly);
    m_folders->setAcceptDrops(true);
    m_folders->setDropIndicatorShown(true);
    m_folders->setDragDropOverwriteMode(true); // onto a folder row, not between rows
    auto *folderMenu = new FolderMenu(m_folders, [this](const QString &id) { return m_engines ? m_engines->find(id) : nullptr; });
    folderMenu->setExtend([this](QMenu *menu, const QModelIndex &at) { extendFolderMenu(menu, at); });
    connect(folderMenu, &FolderMenu::refused, this, [this](const QString &why) { statusBar()->showMessage(why, 6000); });
    connect(m_folders->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { onFolderActivated(current); });
    connect(m_folderModel, &FolderTreeModel::messagesDropped, this,
            &MainWindow::onMessagesDropped);
    connect(m_folderModel, &FolderTreeModel::dropRefused, this,
            [this](const QString &reason) { statusBar()->showMessage(reason, 6000); });

    auto *right = new QSplitter(Qt::Vertical, split);
    right->setObjectName(QStringLiteral("readingSplitter"));
    m_messageModel = new MessageListModel(this);
    m_messages = new MessageListView(right);
    m_messages->setObjectName(QStringLiteral("messageList"));
    m_messages->setModel(m_messageModel);
    m_messages->setAccessibleName(tr("Messages"));
    connect(m_messages->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::onMessageSelectionChanged);
    connect(m_messages, &QAbstractItemView::doubleClicked, this, [this] { respond(ReplyKind::Reply); });
    m_reader = new MessageView(right);
    m_reader->setObjectName(QStringLiteral("messageReader"));
    m_reader->setAccessibleName(tr("Message"));
    m_reader->setMinimumHeight(120); // below its headers' height: the window fits a 768-pixel screen
    connect(m_reader, &MessageView::failed, this, [this](const QString &m) { statusBar()->showMessage(m, 8000); });
    connect(m_reader, &MessageView::attachmentSaved, this,
            [this](const QString &path) { statusBar()->showMessage(tr("Saved %1").arg(path), 6000); });
    installSearch(right); // the quick filter and the search bar above the list (MainWindowSearch.cpp)
    // The reader has the larger share (issue 12 §6): a photo shows without
    // scrolling; the list keeps two fifths, several rows even with the
    // inspector docked below on a projector's 768 pixels.
    right->setStretchFactor(0, 2);
    right->setStretchFactor(1, 3);
    right->setSizes({300, 450});
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 4);
    split->setSizes({240, 960});
    setCentralWidget(split);
}

void MainWindow::buildInspector()
{
    m_dock = new InspectorDock(m_hub, this); // objectName "InspectorDock": saveState() keys on it
    // The reader parses the opened message off the GUI thread; the MIME tab shows the same parse.
    connect(m_reader, &MessageView::messageShown, this, [this](const ParsedMessagePtr &message) {
        m_shownRaw = message->raw();
        m_dock->showParsed(message);
        updateMessageActions();
    });
    // At the bottom: transcript rows are wide (time, connection, line, meaning)
    // and the mail panes keep their width; users may move it, and it stays moved.
    addDockWidget(Qt::BottomDockWidgetArea, m_dock);
    // The inspector's A-/A/A+ size the whole application for a projector, and are remembered.
    connect(m_dock, &InspectorDock::fontPointSizeChanged, this,
            [this](int points) { ProjectorScale::apply(points, m_dock); });
    if (const int remembered = ProjectorScale::rememberedPointSize())
        m_dock->setFontPointSize(remembered);
    connect(m_dock->transcript()->model(), &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_revealPending)
            revealEvent(m_revealPending);
    });
}

void MainWindow::revealEvent(quint64 eventId)
{
    m_dock->show();
    m_dock->raise();
    // The hub delivers in batches: until the event reaches the transcript, try
    // again as rows arrive (see buildInspector()).
    m_revealPending = m_dock->transcript()->revealEvent(eventId) ? 0 : eventId;
}

void MainWindow::buildStatusBar()
{
    m_statusText = new QLabel(tr("Ready"), this);
    m_statusProgress = new QProgressBar(this);
    m_statusProgress->setMaximumWidth(260);
    m_statusProgress->setTextVisible(true);
    m_statusProgress->hide();
    m_statusCancel = new QPushButton(tr("Cancel"), this);
    m_statusCancel->hide();
    connect(m_statusCancel, &QPushButton::clicked, m_controller, &SendController::cancel);
    statusBar()->addWidget(m_statusText, 1);
    statusBar()->addPermanentWidget(m_statusProgress);
    statusBar()->addPermanentWidget(m_statusCancel);
}

void MainWindow::restoreLayout()
{
    QSettings s;
    if (s.contains(kGeometry))
        restoreGeometry(s.value(kGeometry).toByteArray());
    if (s.contains(kState))
        restoreState(s.value(kState).toByteArray(), kStateVersion);
    else { // first start: most of the screen; the inspector visible, the reader with the larger share
        if (const QScreen *sc = screen())
            resize(size().expandedTo(sc->availableGeometry().size() * 0.92));
        m_dock->show();
        resizeDocks({m_dock}, {height() * 3 / 10}, Qt::Vertical);
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings s;
    s.setValue(kGeometry, saveGeometry());
    s.setValue(kState, saveState(kStateVersion));
    QMainWindow::closeEvent(event);
}

void MainWindow::probeKeychain()
{
    auto conn = std::make_shared<QMetaObject::Connection>();
    *conn = connect(m_keychain, &SecretStore::secretRead, this,
                    [this, conn](const QString &key, SecretStore::Status status, const QString &,
                                 const QString &message) {
                        if (key != kProbeKey)
                            return;
                        disconnect(*conn);
                        m_keychainAvailable = status == SecretStore::Status::Ok ||
                                              status == SecretStore::Status::NotFound;
                        m_keychainProblem = m_keychainAvailable ? QString() : message;
                        if (!m_keychainAvailable)
                            statusBar()->showMessage(
                                tr("No keychain service is available: passwords are asked for when "
                                   "sending and kept in memory only."),
                                10000);
                        Q_EMIT keychainChecked(m_keychainAvailable);
                    });
    m_keychain->readSecret(kProbeKey);
}

QList<AccountSettings> MainWindow::accounts() const
{
    return m_store->accounts();
}

AccountSettings MainWindow::currentAccount() const
{
    const QList<AccountSettings> all = accounts();
    // The account whose folder is open, else the default one.
    const QString open = m_engines ? m_engines->currentAccountId() : QString();
    for (const AccountSettings &a : all)
        if (!open.isEmpty() && a.id == open)
            return a;
    const QString id = m_store->defaultAccountId();
    for (const AccountSettings &a : all)
        if (a.id == id)
            return a;
    return all.value(0);
}

void MainWindow::setCurrentAccount(const QString &id)
{
    m_store->setDefaultAccountId(id);
    m_engines->setCurrent(id);
    refreshFolders();
    openCurrentAccount();
}

void MainWindow::installLabAccount(const LabAccountPreset &preset)
{
    m_store->save(preset.account);
    // The lab password is public, but it still never goes to a settings file.
    m_sessionSecrets->writeSecret(preset.account.id, preset.password);
    m_suggestedRecipient = preset.peerAddress;
    setCurrentAccount(preset.account.id);
    statusBar()->showMessage(tr("Lab account ready: %1 on %2:%3")
                                 .arg(preset.account.address, preset.account.smtpHost)
                                 .arg(preset.account.smtpPort),
                             10000);
    Q_EMIT accountsChanged();
}

void MainWindow::refreshFolders()
{
    const QList<AccountSettings> all = accounts();
    QSet<QString> ids;
    for (const AccountSettings &a : all) {
        ids.insert(a.id);
        m_folderModel->setAccount(a.id, QStringLiteral("%1 <%2>").arg(a.name, a.address));
    }
    for (int r = m_folderModel->rowCount() - 1; r >= 0; --r) {
        const QString id = m_folderModel->index(r, 0).data(FolderTreeModel::AccountIdRole).toString();
        if (!ids.contains(id) && !id.startsWith(QLatin1String("carteiro:"))) // Local Folders, opened mailboxes
            m_folderModel->removeAccount(id);
    }
    if (all.isEmpty())
        m_statusText->setText(tr("No account yet: Settings > New account"));
    m_folderModel->setUnifiedInbox(all.size() >= 2); // All Inboxes, above the accounts
    for (int r = 0; r < m_folderModel->rowCount(); ++r)
        m_folders->expand(m_folderModel->index(r, 0));
}

void MainWindow::openCurrentAccount(bool mayAsk)
{
    const AccountSettings account = currentAccount();
    if (account.id.isEmpty())
        return;
    m_engines->setCurrent(account.id);
    m_unified->hide();
    m_openFolder = 0;
    m_messageModel->clear();
    m_reader->clear();
    m_shownRaw.clear();
    m_pendingFolder = QStringLiteral("\\Inbox");
    for (const AccountSettings &a : accounts())
        openAccountEngine(a, mayAsk && a.id == account.id);
}

bool MainWindow::selectFolder(const QString &nameOrSpecialUse)
{
    const QModelIndex account = m_folderModel->accountIndex(currentAccount().id);
    if (!account.isValid())
        return false;
    // Depth-first through the account's folders.
    QList<QModelIndex> stack{account};
    while (!stack.isEmpty()) {
        const QModelIndex parent = stack.takeLast();
        for (int r = 0; r < m_folderModel->rowCount(parent); ++r) {
            const QModelIndex i = m_folderModel->index(r, 0, parent);
            const qint64 id = i.data(FolderTreeModel::FolderIdRole).toLongLong();
            if (id && (i.data(FolderTreeModel::SpecialUseRole).toByteArray() == nameOrSpecialUse.toUtf8() ||
                       i.data(FolderTreeModel::FullNameRole).toString() == nameOrSpecialUse)) {
                if (m_folders->currentIndex() == i && id != m_openFolder)
                    onFolderActivated(i); // already current (the account was opened again): no signal
                else
                    m_folders->setCurrentIndex(i);
                return true;
            }
            stack.append(i);
        }
    }
    return false;
}

void MainWindow::onFolderActivated(const QModelIndex &index)
{
    // The Outbox when the user chose it (selected), not when the tree made it
    // current by itself on focus (with no account it is the first row).
    const bool outbox = index.data(FolderTreeModel::IsOutboxRole).toBool() &&
                        m_folders->selectionModel()->isSelected(index);
    setOutboxShown(outbox);
    if (outbox)
        return m_unified->hide();
    if (index.data(FolderTreeModel::IsSearchRole).toBool())
        return openSearchResults();
    if (index.data(FolderTreeModel::IsUnifiedRole).toBool())
        return openUnifiedInbox();
    const qint64 id = index.data(FolderTreeModel::FolderIdRole).toLongLong();
    if (!id || id == m_openFolder)
        return;
    m_unified->hide();
    m_openFolder = id;
    m_pendingFolder.clear();
    m_messageModel->clear();
    m_reader->clear();
    m_shownRaw.clear();
    m_wantedBody = 0;
    updateMessageActions();
    if (LocalMailboxes::isMailboxFolder(id))
        return m_mailboxes->openFolder(id); // a mailbox on disk: read directly, never synchronised
    const QString accountId = index.data(FolderTreeModel::AccountIdRole).toString();
    if (!accountId.isEmpty())
        m_engines->setCurrent(accountId); // the toolbar's actions now work on this account
    mail()->setVisibleRows(m_messages->visibleRowCapacity()); // the sync's first chunk
    mail()->openFolder(id);
}

QList<qint64> MainWindow::selectedMessageIds() const
{
    return m_messages->selectedMessageIds();
}

bool MainWindow::selectMessage(qint64 messageId)
{
    const QModelIndex i = m_messageModel->indexForId(messageId);
    if (!i.isValid())
        return false;
    m_messages->selectionModel()->setCurrentIndex(
        i, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_messages->scrollTo(i);
    return true;
}

void MainWindow::onMessageSelectionChanged()
{
    updateMessageActions();
    m_reader->cancelOpening(); // a message still being parsed is not the one wanted now
    const QList<qint64> ids = selectedMessageIds();
    followSearchHit(ids);
    if (ids.size() != 1) {
        return;
    }
    if (ids.first() == m_reader->messageId() && !m_shownRaw.isEmpty())
        return;
    m_wantedBody = ids.first();
    LocalMailboxes::isMailboxMessage(m_wantedBody) ? m_mailboxes->fetchBody(m_wantedBody) : mail()->fetchBody(m_wantedBody);
}

void MainWindow::onBodyReady(qint64 messageId, const QByteArray &raw)
{
    if (messageId != m_wantedBody)
        return; // the user moved on
    m_reader->open(raw, messageId); // parsed off the GUI thread, then shown (messageShown)
    const QModelIndex row = m_messageModel->indexForId(messageId);
    if (row.isValid() && row.data(MessageListModel::UnreadRole).toBool() && !LocalMailboxes::isMailboxMessage(messageId))
        markShownRead(row); // read once shown
    updateMessageActions();
}

void MainWindow::changeFlags(quint32 add, quint32 remove)
{
    const QList<qint64> ids = selectedMessageIds();
    if (!ids.isEmpty())
        mail()->setFlags(ids, add, remove);
}

void MainWindow::updateMessageActions()
{
    const int n = selectedMessageIds().size();
    const bool shown = !m_shownRaw.isEmpty() && n == 1;
    for (QAction *a : {m_replyAction, m_replyAllAction, m_forwardAction, m_forwardAttachedAction})
        if (a)
            a->setEnabled(shown);
    for (QAction *a : {m_deleteAction, m_markReadAction, m_markUnreadAction, m_flagAction})
        if (a)
            a->setEnabled(n > 0 && !LocalMailboxes::isMailboxFolder(m_openFolder)); // a mailbox on disk: read-only
}

bool MainWindow::writeScreenshot(const QString &path, QString *error)
{
    const QPixmap shot = grab();
    if (shot.isNull() || !shot.save(path, "PNG")) {
        *error = tr("cannot write the screenshot to %1").arg(path);
        return false;
    }
    return true;
}

} // namespace carteiro

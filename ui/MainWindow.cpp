#include "MainWindow.h"

#include "account/AccountDialog.h"
#include "account/AccountStore.h"
#include "account/KeychainSecretStore.h"
#include "account/LabAccountPreset.h"
#include "account/MemorySecretStore.h"
#include "account/PasswordResolver.h"
#include "compose/AddressField.h"
#include "compose/ComposerWindow.h"
#include "compose/SizeEstimate.h"
#include "inspector/InspectorDock.h"
#include "inspector/SessionSummary.h"
#include "inspector/TraceModel.h"
#include "inspector/TranscriptPane.h"
#include "send/SendController.h"
#include "trace/TraceHub.h"

#include <QAction>
#include <QCloseEvent>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QTextBrowser>
#include <QToolBar>
#include <QTreeView>
#include <QTreeWidget>

namespace carteiro {

namespace {
const QString kGeometry = QStringLiteral("mainWindow/geometry");
const QString kState = QStringLiteral("mainWindow/state");
const QString kProbeKey = QStringLiteral("carteiro-keychain-probe");
constexpr int kStateVersion = 1;
} // namespace

MainWindow::MainWindow(SecretStore *keychain, QWidget *parent)
    : QMainWindow(parent),
      m_hub(new TraceHub(this)),
      m_controller(new SendController(m_hub, this)),
      m_store(new AccountStore()),
      m_keychain(keychain ? keychain : new KeychainSecretStore(QStringLiteral("Carteiro"), this)),
      m_sessionSecrets(new MemorySecretStore(this)),
      m_passwords(new PasswordResolver(m_keychain, m_sessionSecrets, this))
{
    setWindowTitle(tr("Carteiro"));
    setObjectName(QStringLiteral("mainWindow"));
    buildPanes();
    buildInspector();
    buildActions();
    buildStatusBar();
    refreshFolders();
    resize(1200, 780);
    restoreLayout();
    connect(m_controller, &SendController::started, this, &MainWindow::onSendStarted);
    connect(m_controller, &SendController::finished, this, &MainWindow::onSendFinished);
    connect(m_controller, &SendController::stateChanged, m_statusText, &QLabel::setText);
    connect(m_controller, &SendController::progress, this, [this](qint64 done, qint64 total) {
        if (total <= 0)
            return;
        m_statusProgress->setRange(0, 100);
        m_statusProgress->setValue(int(done * 100 / total));
        m_statusProgress->setFormat(tr("Sending %1 of %2").arg(SizeEstimate::formatBytes(done),
                                                               SizeEstimate::formatBytes(total)));
    });
    probeKeychain();
}

MainWindow::~MainWindow()
{
    delete m_store;
}

void MainWindow::buildPanes()
{
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("mainSplitter"));
    m_folders = new QTreeWidget(split);
    m_folders->setHeaderLabel(tr("Folders"));
    m_folders->setAccessibleName(tr("Folders"));

    auto *right = new QSplitter(Qt::Vertical, split);
    m_messages = new QTreeView(right);
    auto *model = new QStandardItemModel(0, 4, m_messages);
    model->setHorizontalHeaderLabels({tr("Subject"), tr("From"), tr("Date"), tr("Size")});
    m_messages->setModel(model);
    m_messages->setRootIsDecorated(false);
    m_messages->setUniformRowHeights(true);
    m_messages->header()->setStretchLastSection(false);
    m_messages->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_messages->setAccessibleName(tr("Messages"));
    m_reader = new QTextBrowser(right);
    m_reader->setOpenLinks(false); // nothing is fetched or followed from a message (security.md §15)
    m_reader->setPlaceholderText(tr("Reading mail arrives with the retrieval work (IMAP and POP3). "
                                    "For now: Write a message, send it, and watch the inspector."));
    m_reader->setAccessibleName(tr("Message"));
    right->setStretchFactor(0, 1);
    right->setStretchFactor(1, 2);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 4);
    setCentralWidget(split);
}

void MainWindow::buildInspector()
{
    m_dock = new InspectorDock(m_hub, this); // objectName "InspectorDock": saveState() keys on it
    // At the bottom: transcript rows are wide (time, connection, line, meaning)
    // and the mail panes keep their width; users may move it, and it stays moved.
    addDockWidget(Qt::BottomDockWidgetArea, m_dock);
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

void MainWindow::buildActions()
{
    m_writeAction = new QAction(tr("&Write"), this);
    m_writeAction->setShortcut(QKeySequence::New);
    m_writeAction->setToolTip(tr("Write a new message"));
    connect(m_writeAction, &QAction::triggered, this, [this] { compose(); });

    m_receiveAction = new QAction(tr("Send/&Receive"), this);
    m_receiveAction->setShortcut(QKeySequence(Qt::Key_F5));
    connect(m_receiveAction, &QAction::triggered, this, [this] {
        statusBar()->showMessage(tr("Receiving mail (IMAP / POP3) is not available yet; sending is."), 6000);
    });

    m_inspectorAction = m_dock->toggleViewAction();
    m_inspectorAction->setText(tr("&Inspector"));
    m_inspectorAction->setShortcut(QKeySequence(Qt::Key_F12));

    auto *accountsAction = new QAction(tr("&Account settings..."), this);
    connect(accountsAction, &QAction::triggered, this, [this] { editAccount(); });
    auto *newAccountAction = new QAction(tr("&New account..."), this);
    connect(newAccountAction, &QAction::triggered, this, &MainWindow::newAccount);
    auto *quit = new QAction(tr("&Quit"), this);
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    auto *tools = addToolBar(tr("Main"));
    tools->setObjectName(QStringLiteral("mainToolBar"));
    tools->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    tools->addAction(m_writeAction);
    tools->addAction(m_receiveAction);
    tools->addAction(m_inspectorAction);
    tools->addSeparator();
    tools->addAction(accountsAction);

    auto *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_writeAction);
    file->addAction(m_receiveAction);
    file->addSeparator();
    file->addAction(quit);
    auto *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_inspectorAction);
    auto *settings = menuBar()->addMenu(tr("&Settings"));
    settings->addAction(accountsAction);
    settings->addAction(newAccountAction);
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
    else { // first start: the inspector is visible, with room for a dozen rows
        m_dock->show();
        resizeDocks({m_dock}, {height() * 9 / 20}, Qt::Vertical);
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
    const QString id = m_store->defaultAccountId();
    for (const AccountSettings &a : all)
        if (a.id == id)
            return a;
    return all.value(0);
}

void MainWindow::setCurrentAccount(const QString &id)
{
    m_store->setDefaultAccountId(id);
    refreshFolders();
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
    m_folders->clear();
    const QString current = currentAccount().id;
    for (const AccountSettings &a : accounts()) {
        auto *top = new QTreeWidgetItem(m_folders, {QStringLiteral("%1 <%2>").arg(a.name, a.address)});
        QFont f = top->font(0);
        f.setBold(a.id == current);
        top->setFont(0, f);
        for (const QString &folder : {tr("Inbox"), tr("Outbox"), tr("Drafts"), tr("Sent")})
            new QTreeWidgetItem(top, {folder});
        top->setExpanded(true);
    }
    if (m_folders->topLevelItemCount() == 0)
        new QTreeWidgetItem(m_folders, {tr("No account yet: Settings > New account")});
}

ComposerWindow *MainWindow::compose()
{
    const QList<AccountSettings> all = accounts();
    if (all.isEmpty()) {
        statusBar()->showMessage(tr("Add an account first (Settings > New account)."), 6000);
        newAccount();
        if (accounts().isEmpty())
            return nullptr;
    }
    auto *w = new ComposerWindow(m_controller, m_passwords, accounts(), currentAccount().id, this);
    if (!m_suggestedRecipient.isEmpty())
        w->toField()->setText(m_suggestedRecipient);
    connect(w, &ComposerWindow::sendFailed, this, [this](const SendResult &r) {
        if (r.failureEventId)
            revealEvent(r.failureEventId);
    });
    w->show();
    return w;
}

void MainWindow::newAccount()
{
    AccountSettings a;
    a.name = tr("New account");
    openAccountDialog(a);
}

void MainWindow::editAccount(const QString &id)
{
    const QString which = id.isEmpty() ? currentAccount().id : id;
    const auto a = m_store->find(which);
    if (!a) {
        newAccount();
        return;
    }
    openAccountDialog(*a);
}

void MainWindow::openAccountDialog(const AccountSettings &account)
{
    auto *dialog = new AccountDialog(account, m_controller, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setKeychainAvailable(m_keychainAvailable, m_keychainProblem);
    if (m_sessionSecrets->contains(account.id))
        dialog->setPassword(m_sessionSecrets->value(account.id));
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        AccountSettings a = dialog->account();
        a.id = m_store->save(a);
        if (!dialog->password().isEmpty())
            m_passwords->store(a, dialog->password(), [this](bool persisted, const QString &message) {
                if (!persisted)
                    statusBar()->showMessage(message, 10000);
            });
        if (m_store->defaultAccountId().isEmpty())
            m_store->setDefaultAccountId(a.id);
        refreshFolders();
        Q_EMIT accountsChanged();
    });
    dialog->open();
}

void MainWindow::onSendStarted(bool connectionTest)
{
    m_statusText->setText(connectionTest ? tr("Testing the connection...") : tr("Sending..."));
    m_statusProgress->setRange(0, 0);
    m_statusProgress->setFormat(QString());
    m_statusProgress->show();
    m_statusCancel->show();
    m_dock->show(); // the whole point of the app: watch it happen
}

void MainWindow::onSendFinished(const SendResult &result)
{
    m_statusProgress->hide();
    m_statusCancel->hide();
    if (result.hasSummary)
        m_dock->session()->setSummary(result.summary);
    if (!result.messageFile.isEmpty())
        m_dock->showMessageFile(result.messageFile); // the MIME tab: what was (or was to be) sent
    switch (result.outcome) {
    case SendResult::Outcome::Sent:
        m_statusText->setText(result.connectionTest
                                  ? tr("Connection test passed.")
                                  : tr("Sent (%1), queued as %2.")
                                        .arg(SizeEstimate::formatBytes(result.messageBytes),
                                             result.queueId.isEmpty() ? tr("unknown") : result.queueId));
        break;
    case SendResult::Outcome::Cancelled:
        m_statusText->setText(tr("Cancelled."));
        break;
    case SendResult::Outcome::PossiblySent:
    case SendResult::Outcome::Failed:
        m_statusText->setText(tr("Failed: %1").arg(result.error));
        if (result.failureEventId)
            revealEvent(result.failureEventId);
        break;
    }
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

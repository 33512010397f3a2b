// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The main window: folders | message list | message view, a toolbar (Write,
// Reply, Reply all, Forward, Delete, Send/Receive, Inspector), a status bar with
// the progress of long work, the inspector dock, and the accounts. Reading runs
// through AccountEngine (a worker thread: store and IMAP/POP3); sending through
// the durable outbox (OutboxEngine, wired in MainWindowOutbox.cpp); account
// tests through SendController. Geometry and dock layout are remembered.
#include "account/AccountSettings.h"
#include "engine/SendResult.h"
#include "engine/MailRecords.h"
#include "engine/MailTransfer.h"

#include <QMainWindow>
#include <QMessageBox>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <functional>
#include <optional>

class QAction;
class QLabel;
class QMenu;
class QStackedWidget;
class QProgressBar;
class QSplitter;
class QPushButton;
class QTextBrowser;
class QTreeView;

namespace carteiro {

class AccountDialog;
class AccountStore;
class ComposerWindow;
class ContactsEngine;
class FolderTreeModel;
class MailNotifier;
class InspectorDock;
class LocalMailboxes;
class AccountEngine;
class AccountEngines;
class LoginFailedDialog;
class MessageListModel;
class MessageListView;
class MessageView;
class MemorySecretStore;
class OutboxEngine;
class OutboxModel;
class OutboxView;
class PasswordResolver;
class SearchController;
class UnifiedInbox;
class SecretStore;
class SendController;
class SendingPreferencesDialog;
class TraceHub;
class UndoSendBar;
struct LabAccountPreset;
struct OutboxEntry;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // keychain: where passwords are stored (not owned); nullptr = QtKeychain.
    // storePath: the local mail store (SQLite); empty = MailStore::defaultPath().
    explicit MainWindow(SecretStore *keychain = nullptr, QWidget *parent = nullptr,
                        const QString &storePath = QString());
    ~MainWindow() override;

    // Creates or updates the lab account from the preset, keeps its password in
    // memory only, and makes it the current account.
    void installLabAccount(const LabAccountPreset &preset);
    QList<AccountSettings> accounts() const;
    AccountSettings currentAccount() const;
    void setCurrentAccount(const QString &id);

    ComposerWindow *compose(); // opens a new composer window
    enum class ReplyKind { Reply, ReplyAll, ForwardInline, ForwardAsAttachment };
    // A composer pre-filled from the message shown; nullptr when none is shown.
    ComposerWindow *respond(ReplyKind kind);
    bool writeScreenshot(const QString &path, QString *error);

    TraceHub *traceHub() const { return m_hub; }
    SendController *sendController() const { return m_controller; }
    PasswordResolver *passwords() const { return m_passwords; }
    InspectorDock *inspectorDock() const { return m_dock; }
    QAction *writeAction() const { return m_writeAction; }
    QAction *receiveAction() const { return m_receiveAction; }
    QAction *inspectorAction() const { return m_inspectorAction; }
    QAction *replyAction() const { return m_replyAction; }
    QAction *replyAllAction() const { return m_replyAllAction; }
    QAction *forwardAction() const { return m_forwardAction; }
    QAction *forwardAttachedAction() const { return m_forwardAttachedAction; }
    QAction *deleteAction() const { return m_deleteAction; }
    QAction *markReadAction() const { return m_markReadAction; }
    QAction *markUnreadAction() const { return m_markUnreadAction; }
    QAction *flagAction() const { return m_flagAction; }
    QAction *threadsAction() const { return m_threadsAction; }
    QAction *draftsAction() const { return m_draftsAction; }
    // The engine of the account whose folder is open (every account has one).
    AccountEngine *mail() const;
    AccountEngines *engines() const { return m_engines; }
    FolderTreeModel *folderModel() const { return m_folderModel; }
    QTreeView *folderView() const { return m_folders; }
    MailNotifier *notifier() const { return m_notifier; }
    MessageListModel *messageModel() const { return m_messageModel; }
    MessageListView *messageView() const { return m_messages; }
    UnifiedInbox *unifiedInbox() const { return m_unified; }
    MessageView *reader() const { return m_reader; }
    // The quick filter and full search (ui/mail/SearchController.h).
    SearchController *search() const { return m_search; }
    // Selects a folder of the current account by special use ("\\Inbox") or name.
    bool selectFolder(const QString &nameOrSpecialUse);
    // Selects the message with this store id in the list (it shows in the reader).
    bool selectMessage(qint64 messageId);
    QLabel *statusText() const { return m_statusText; }
    QProgressBar *statusProgress() const { return m_statusProgress; }
    bool keychainAvailable() const { return m_keychainAvailable; }
    // Addresses and the address book (ContactsMenu.cpp): completion, Tools > Address book.
    ContactsEngine *contacts() const { return m_contacts; }
    // The next composer's recipient (the lab preset fills in the other lab user).
    void setSuggestedRecipient(const QString &address) { m_suggestedRecipient = address; }

    // --- the outbox (MainWindowOutbox.cpp) ---
    OutboxEngine *outbox() const { return m_outbox; }
    OutboxModel *outboxModel() const { return m_outboxModel; }
    OutboxView *outboxView() const { return m_outboxView; }
    UndoSendBar *undoBar() const { return m_undoBar; }
    bool isOutboxShown() const;
    // Selects the Outbox folder (and the message with this outbox id, if given).
    bool showOutbox(qint64 selectId = 0);
    // The notice about this outbox message (a failure, or not filed), while open.
    QMessageBox *outboxNotice(qint64 id) const { return m_notices.value(id); }
    // Settings > Sending: the undo delay, saved and applied at OK.
    SendingPreferencesDialog *openSendingPreferences();
    // A composer holding a draft taken back from the outbox (Undo send, Edit).
    ComposerWindow *reopenComposer(const QByteArray &draftPayload, QString *error);

    // --- mailboxes on disk, Local Folders, copies (MainWindowMailboxes.cpp) ---
    LocalMailboxes *mailboxes() const { return m_mailboxes; }
    MailTransfer *transfer() const { return m_transfer; }
    // Opens an mbox file, Maildir or MH folder read-only; its folder id (negative).
    qint64 openMailbox(const QString &path);
    // Every message of that opened mailbox into a Local Folders folder named after it.
    void importMailbox(qint64 folderId);
    // The open folder as an mboxrd file (asks where when `path` is empty).
    void exportOpenFolder(const QString &path);
    QAction *exportAction() const { return m_exportAction; }

    // Settings > New account / Account settings: the dialog, open (not modal);
    // at OK the account is saved and takes effect at once (applyAccount).
    AccountDialog *openAccountDialog(const AccountSettings &account);

public Q_SLOTS:
    void editAccount(const QString &id = QString()); // empty: the current account
    void newAccount();

Q_SIGNALS:
    void accountsChanged();
    // For scripted demos (carteiro --demo-read): the scene is set.
    void demoReady();
    void keychainChecked(bool available);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildPanes();
    void buildActions();
    void buildStatusBar();
    void buildInspector();
    void restoreLayout();
    void probeKeychain();
    void refreshFolders();
    void onSendStarted(bool connectionTest);
    void onSendFinished(const SendResult &result);
    void revealEvent(quint64 eventId);
    // Every account's engine opens (store first; online when its password is
    // known, asked for only when mayAsk); the current account's Inbox is selected.
    void openCurrentAccount(bool mayAsk = false);
    void openAccountEngine(const AccountSettings &account, bool mayAsk);
    void wireEngine(AccountEngine *engine, const QString &accountId);
    // A new-mail notice was clicked: that folder opens and the message is selected.
    void openNotifiedMessage(const QString &accountId, qint64 folderId, qint64 messageId);
    void wireDrafts(AccountEngine *drafts);
    // Sent mail is filed over the account's own connection (its engine).
    // An account was saved in the dialog: its engine reconnects with the new
    // settings and password (or starts, for a new account); composers are told.
    void applyAccount(const AccountSettings &account, const QString &password);
    void onLoginFailed(const QString &accountId, const QString &serverWords);
    void showEngineFailure(const QString &accountId, const QString &message);
    std::optional<AccountSettings> accountById(const QString &id) const;
    void onFolderActivated(const QModelIndex &index);
    // Search (MainWindowSearch.cpp): the quick filter and search bar, the
    // Search results virtual folder, and a hit's own account engine.
    void installSearch(QSplitter *readingSplitter);
    void openSearchResults();
    void openUnifiedInbox();
    void followSearchHit(const QList<qint64> &selectedIds);
    void markShownRead(const QModelIndex &row);
    void onMessageSelectionChanged();
    void onBodyReady(qint64 messageId, const QByteArray &raw);
    void updateMessageActions();
    void changeFlags(quint32 add, quint32 remove);
    QList<qint64> selectedMessageIds() const;
    // Drafts autosave: each composer's draft goes to the store a moment after an
    // edit and leaves it once sent; "Open unsent drafts" brings them back.
    void trackDraft(ComposerWindow *w);
    void saveDraft(ComposerWindow *w);
    void onDraftsLoaded(const QList<DraftEntry> &drafts);
    // Mailboxes on disk and copies (MainWindowMailboxes.cpp).
    void installMailboxes(const QString &storePath);
    void chooseMailbox(bool folder);
    QString accountOfFolder(qint64 folderId) const;
    // The open folder's rows with these ids (all of them when empty).
    QList<StoredMessage> openFolderRows(const QList<qint64> &ids = {}) const;
    void onMessagesDropped(const QList<qint64> &ids, qint64 target, Qt::DropAction action);
    void startTransfer(const QList<StoredMessage> &rows, const QString &sourceAccount,
                       const MailTransfer::Target &target, bool move);
    void importOpenMailbox();
    void extendFolderMenu(QMenu *menu, const QModelIndex &at);
    void onTransferFinished(int done, int total, qint64 folderId, const QString &error);
    // The outbox (MainWindowOutbox.cpp).
    void installOutbox();
    void wireComposer(ComposerWindow *w);
    void registerOutboxAccounts(bool thenStart);
    void setOutboxShown(bool shown);
    void onOutboxChanged(const QList<OutboxEntry> &entries);
    void onOutboxSendFinished(qint64 id, const SendResult &result);
    void noticeSendResult(qint64 id, const SendResult &result, const OutboxEntry *entry);
    void onOutboxFilingFinished(qint64 id, const SendResult &result);
    void onTookBack(qint64 id, bool ok, const QByteArray &payload, const QString &why);
    QMessageBox *showNotice(qint64 id, const QString &title, const QString &text, const QString &details,
                            bool retryFiling);

    TraceHub *m_hub;
    SendController *m_controller;
    AccountStore *m_store;
    SecretStore *m_keychain;
    MemorySecretStore *m_sessionSecrets;
    PasswordResolver *m_passwords;
    bool m_keychainAvailable = true;
    QString m_keychainProblem;
    QString m_suggestedRecipient;

    AccountEngines *m_engines = nullptr;
    QHash<QString, QPointer<LoginFailedDialog>> m_loginDialogs; // one per account at a time
    FolderTreeModel *m_folderModel = nullptr;
    QTreeView *m_folders = nullptr;
    MessageListModel *m_messageModel = nullptr;
    MessageListView *m_messages = nullptr;
    MessageView *m_reader = nullptr;
    qint64 m_openFolder = 0;
    static constexpr qint64 kSearchResults = -1; // m_openFolder: the Search results virtual folder
    static constexpr qint64 kUnifiedInbox = -2;  // m_openFolder: All Inboxes (ui/mail/UnifiedInbox.h)
    SearchController *m_search = nullptr;
    UnifiedInbox *m_unified = nullptr;
    QSet<QString> m_online; // accounts whose engine has their password
    QSet<QString> m_failedAccounts; // their last failure is in the status bar until they work again
    qint64 m_wantedBody = 0;   // the message whose body the reader waits for
    QByteArray m_shownRaw;     // the raw message in the reader (for reply/forward)
    QString m_pendingFolder;   // selectFolder() before the folder list arrived
    qint64 m_pendingMessage = 0; // openNotifiedMessage() before its row arrived
    MailNotifier *m_notifier = nullptr;
    struct DraftSave
    {
        QPointer<ComposerWindow> composer;
        bool sent = false; // the message went out while this save was on its way
    };
    QHash<quint64, DraftSave> m_draftSaves; // token -> the composer it saves
    quint64 m_nextDraftToken = 0;
    bool m_openDraftsWhenLoaded = false;
    OutboxEngine *m_outbox = nullptr;
    OutboxModel *m_outboxModel = nullptr;
    OutboxView *m_outboxView = nullptr;
    QStackedWidget *m_mailStack = nullptr; // the message list and reader, or the outbox
    UndoSendBar *m_undoBar = nullptr;
    QSet<QString> m_outboxAccounts;        // registered with the outbox
    QSet<qint64> m_undoRequests;           // takeBack asked by Undo (not Edit)
    QHash<qint64, std::function<void()>> m_afterSent; // e.g. \Answered once a reply went
    QHash<qint64, QPointer<QMessageBox>> m_notices;
    QString m_lastSendLine; // the last send's result, shown again once the outbox is idle
    QHash<qint64, SendResult> m_unjudged; // a failure told before the list with its new state
    LocalMailboxes *m_mailboxes = nullptr;
    MailTransfer *m_transfer = nullptr;
    QPushButton *m_mailboxStop = nullptr;
    QAction *m_openMboxAction = nullptr, *m_exportAction = nullptr;
    qint64 m_importWhenRead = 0; // an opened mailbox to import once it is read
    QString m_exportPath;        // the export running, for its result line
    InspectorDock *m_dock = nullptr;
    ContactsEngine *m_contacts = nullptr;
    QString m_storePath;
    quint64 m_revealPending = 0; // an event to show once its batch reaches the transcript
    QAction *m_writeAction = nullptr, *m_receiveAction = nullptr, *m_inspectorAction = nullptr;
    QAction *m_replyAction = nullptr, *m_replyAllAction = nullptr, *m_forwardAction = nullptr,
            *m_forwardAttachedAction = nullptr, *m_deleteAction = nullptr, *m_markReadAction = nullptr,
            *m_markUnreadAction = nullptr, *m_flagAction = nullptr, *m_threadsAction = nullptr,
            *m_draftsAction = nullptr;
    QLabel *m_statusText = nullptr;
    QProgressBar *m_statusProgress = nullptr;
    QPushButton *m_statusCancel = nullptr;
};

} // namespace carteiro

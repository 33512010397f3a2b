#pragma once
// The main window: folders | message list | message view (reading panes are
// placeholders until the retrieval issue lands), a toolbar (Write,
// Send/Receive, Inspector), a status bar with the progress of long work, the
// inspector dock, and the accounts. Geometry and dock layout are remembered.
#include "account/AccountSettings.h"
#include "send/SendResult.h"

#include <QMainWindow>
#include <QPointer>

class QAction;
class QLabel;
class QProgressBar;
class QPushButton;
class QTextBrowser;
class QTreeView;
class QTreeWidget;

namespace carteiro {

class AccountStore;
class ComposerWindow;
class InspectorDock;
class MemorySecretStore;
class PasswordResolver;
class SecretStore;
class SendController;
class TraceHub;
struct LabAccountPreset;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // keychain: where passwords are stored (not owned); nullptr = QtKeychain.
    explicit MainWindow(SecretStore *keychain = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Creates or updates the lab account from the preset, keeps its password in
    // memory only, and makes it the current account.
    void installLabAccount(const LabAccountPreset &preset);
    QList<AccountSettings> accounts() const;
    AccountSettings currentAccount() const;
    void setCurrentAccount(const QString &id);

    ComposerWindow *compose(); // opens a new composer window
    bool writeScreenshot(const QString &path, QString *error);

    TraceHub *traceHub() const { return m_hub; }
    SendController *sendController() const { return m_controller; }
    PasswordResolver *passwords() const { return m_passwords; }
    InspectorDock *inspectorDock() const { return m_dock; }
    QAction *writeAction() const { return m_writeAction; }
    QAction *receiveAction() const { return m_receiveAction; }
    QAction *inspectorAction() const { return m_inspectorAction; }
    QLabel *statusText() const { return m_statusText; }
    QProgressBar *statusProgress() const { return m_statusProgress; }
    bool keychainAvailable() const { return m_keychainAvailable; }
    // The next composer's recipient (the lab preset fills in the other lab user).
    void setSuggestedRecipient(const QString &address) { m_suggestedRecipient = address; }

public Q_SLOTS:
    void editAccount(const QString &id = QString()); // empty: the current account
    void newAccount();

Q_SIGNALS:
    void accountsChanged();
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
    void openAccountDialog(const AccountSettings &account);
    void onSendStarted(bool connectionTest);
    void onSendFinished(const SendResult &result);
    void revealEvent(quint64 eventId);

    TraceHub *m_hub;
    SendController *m_controller;
    AccountStore *m_store;
    SecretStore *m_keychain;
    MemorySecretStore *m_sessionSecrets;
    PasswordResolver *m_passwords;
    bool m_keychainAvailable = true;
    QString m_keychainProblem;
    QString m_suggestedRecipient;

    QTreeWidget *m_folders = nullptr;
    QTreeView *m_messages = nullptr;
    QTextBrowser *m_reader = nullptr;
    InspectorDock *m_dock = nullptr;
    quint64 m_revealPending = 0; // an event to show once its batch reaches the transcript
    QAction *m_writeAction = nullptr, *m_receiveAction = nullptr, *m_inspectorAction = nullptr;
    QLabel *m_statusText = nullptr;
    QProgressBar *m_statusProgress = nullptr;
    QPushButton *m_statusCancel = nullptr;
};

} // namespace carteiro

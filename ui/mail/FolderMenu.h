// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The folder tree's context menu: New folder (at the top of an account or
// under a folder), Rename, Delete, Subscribed (IMAP SUBSCRIBE / UNSUBSCRIBE),
// Show only subscribed folders (a setting), Keep messages for offline use
// (bodies downloaded in the background), Mark All as Read, and Empty for Trash and Junk. Each goes to the account's engine
// (AccountEngine::createFolder / renameFolder / deleteFolder: IMAP CREATE,
// RENAME, DELETE, kept durably while offline); the tree follows the engine's
// foldersChanged, and a refusal arrives in the server's words like any failure.
// INBOX and the special-use folders (Sent, Trash, ...) are neither renamed nor
// deleted from here: clients and servers find them by that use.
#include <QObject>
#include <QPersistentModelIndex>
#include <functional>

class QMenu;
class QTreeView;
class QWidget;

namespace carteiro {

class AccountEngine;

class FolderMenu : public QObject
{
    Q_OBJECT
public:
    using EngineFor = std::function<AccountEngine *(const QString &accountId)>;
    // Asks for a name: title, label, initial text; empty or cancelled: nothing happens.
    using Prompt = std::function<QString(const QString &title, const QString &label, const QString &text)>;
    // Asks yes or no.
    using Confirm = std::function<bool(const QString &title, const QString &text)>;

    FolderMenu(QTreeView *view, EngineFor engineFor);
    // Tests answer the dialogs themselves.
    void setPrompt(Prompt prompt) { m_prompt = std::move(prompt); }
    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }
    // Adds the window's own actions for a row (Import, Export, Close mailbox).
    // A read-only mailbox (FolderTreeModel::ReadOnlyRole) gets only these.
    using Extend = std::function<void(QMenu *menu, const QModelIndex &at)>;
    void setExtend(Extend extend) { m_extend = std::move(extend); }

    // The actions behind the menu, on a row of the tree.
    void newFolder(const QModelIndex &at);
    void rename(const QModelIndex &at);
    void remove(const QModelIndex &at);
    void markRead(const QModelIndex &at);
    // SUBSCRIBE when the folder is not subscribed, UNSUBSCRIBE when it is.
    void toggleSubscribed(const QModelIndex &at);
    // The tree shows only subscribed folders (remembered in the settings).
    void setSubscribedOnly(bool on);
    static bool subscribedOnlySetting();
    // "Keep messages for offline use" on or off for the folder (a folder setting).
    void toggleKeepOffline(const QModelIndex &at);
    // Trash and Junk only, after the question: every message deleted for good.
    void empty(const QModelIndex &at);
    static bool isEmptiable(const QModelIndex &at);
    // Whether the row can be renamed or deleted (a real folder, not INBOX or special use).
    static bool isEditable(const QModelIndex &at);

Q_SIGNALS:
    // A request could not be made (no engine, not a folder): one sentence.
    void refused(const QString &reason);

private:
    void showMenu(const QPoint &pos);
    AccountEngine *engineAt(const QModelIndex &at);
    static QString leafOf(const QModelIndex &at);

    QTreeView *m_view;
    EngineFor m_engineFor;
    Prompt m_prompt;
    Confirm m_confirm;
    Extend m_extend;
};

} // namespace carteiro

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// New mail, told outside the window: a tray icon (where the desktop has a
// tray) whose picture and tooltip carry the unread count of the inboxes, and
// a notice naming the sender and subject of new mail; clicking the notice
// opens that message. Either can be switched off (Settings menu; kept in
// QSettings "notify/tray" and "notify/messages"). Names and subjects come
// from the network: control and Bidi characters are dropped and long ones cut.
#include "engine/MailRecords.h"

#include <QHash>
#include <QIcon>
#include <QObject>
#include <functional>

class QAction;
class QSystemTrayIcon;
class QWidget;

namespace carteiro {

class MailNotifier : public QObject
{
    Q_OBJECT
public:
    explicit MailNotifier(QWidget *window);
    ~MailNotifier() override;

    QAction *trayAction() const { return m_trayAction; }
    QAction *noticeAction() const { return m_noticeAction; }

    // Every folder of an account, as foldersChanged gives them: the inboxes' unread counts.
    void setFolders(const QString &accountId, const QList<StoredFolder> &folders);
    void removeAccount(const QString &accountId);
    qint64 unread() const;
    // AccountEngine::newMessages: one notice for the lot.
    void newMessages(const QString &accountId, const QString &accountName, qint64 folderId,
                     const QList<StoredMessage> &newest);

    // Where notices go (tests catch them); by default the tray's balloon, or
    // the taskbar's alert when there is no tray.
    using Sink = std::function<void(const QString &title, const QString &text)>;
    void setSink(Sink sink) { m_sink = std::move(sink); }
    // The picture the tray shows for `unread` (an envelope, the count on a badge).
    static QIcon iconFor(qint64 unread);
    // What a notice says for these rows (title, text).
    static QPair<QString, QString> noticeFor(const QString &accountName, const QList<StoredMessage> &newest);
    QString toolTip() const;
    // What clicking the last notice does: openMessage for its newest message.
    void openLast();

Q_SIGNALS:
    // The notice was clicked: open this message.
    void openMessage(const QString &accountId, qint64 folderId, qint64 messageId);

private:
    void applyTray();
    void refreshTray();

    QWidget *m_window;
    QSystemTrayIcon *m_tray = nullptr;
    QAction *m_trayAction;
    QAction *m_noticeAction;
    QHash<QString, qint64> m_unread; // account -> inbox unread
    Sink m_sink;
    QString m_lastAccount;
    qint64 m_lastFolder = 0, m_lastMessage = 0;
};

} // namespace carteiro

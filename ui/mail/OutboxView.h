// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The Outbox folder, shown in place of the message list: what waits, what is
// being sent, what failed and why, in the server's own words. Actions on the
// selected message (toolbar, context menu and keys): Send now, Retry, Edit
// (back to the composer: the owner opens it on OutboxEngine::tookBack) and
// Delete (confirmed). Retrying a PossiblySent message first says that the
// server may already have it.
#include <QWidget>

#include <QPointer>
#include <functional>

class QAction;
class QLabel;
class QMessageBox;
class QToolBar;
class QTreeView;

namespace carteiro {

class OutboxEngine;
class OutboxModel;
struct OutboxEntry;

class OutboxView : public QWidget
{
    Q_OBJECT
public:
    OutboxView(OutboxEngine *engine, OutboxModel *model, QWidget *parent = nullptr);

    // Selects the message with this outbox id; false when it is not listed.
    bool selectEntry(qint64 id);
    qint64 selectedId() const;
    // A line under the list (an action refused, a message taken back...).
    void showNote(const QString &text);

    QTreeView *list() const { return m_list; }
    QLabel *details() const { return m_details; }
    QLabel *note() const { return m_note; }
    QAction *sendNowAction() const { return m_sendNow; }
    QAction *retryAction() const { return m_retry; }
    QAction *editAction() const { return m_edit; }
    QAction *deleteAction() const { return m_delete; }
    // The open confirmation (Delete, or Retry of a possibly sent message), if any.
    QMessageBox *confirmation() const { return m_confirm; }

    // Sentences for the details pane and the notices.
    static QString explanation(const OutboxEntry &entry);

Q_SIGNALS:
    void editRequested(qint64 id); // takeBack was asked for: the owner opens the composer

private:
    void updateActions();
    void updateDetails();
    void retrySelected();
    void deleteSelected();
    QMessageBox *confirm(const QString &title, const QString &text, const QString &informative,
                         const QString &yesText, std::function<void()> onYes);

    OutboxEngine *m_engine;
    OutboxModel *m_model;
    QToolBar *m_tools;
    QTreeView *m_list;
    QLabel *m_details, *m_note;
    QAction *m_sendNow, *m_retry, *m_edit, *m_delete;
    QPointer<QMessageBox> m_confirm;
    qint64 m_selected = 0; // kept across the engine's list updates
};

} // namespace carteiro

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Undo send: a bar that counts down while a message just queued waits out the
// undo delay: "Sending "Subject" in 10 s  [Undo]". Undo asks the owner to take
// the message back (undoRequested); the bar leaves once the time is up or the
// owner says the message went (forget). With several waiting, the newest is
// shown and the others counted.
#include <QDateTime>
#include <QFrame>
#include <QList>
#include <QSet>

class QLabel;
class QPushButton;
class QTimer;

namespace carteiro {

class UndoSendBar : public QFrame
{
    Q_OBJECT
public:
    explicit UndoSendBar(QWidget *parent = nullptr);

    // A message queued with the undo delay: shown until `sendAt` (UTC).
    void add(qint64 outboxId, const QString &subject, const QDateTime &sendAt);
    // The message was taken back, sent, or removed: no more Undo for it.
    void forget(qint64 outboxId);
    // Keeps only these (the messages still waiting in the outbox).
    void retain(const QSet<qint64> &waiting);
    qint64 shownId() const;
    QLabel *label() const { return m_label; }
    QPushButton *undoButton() const { return m_undo; }

Q_SIGNALS:
    void undoRequested(qint64 outboxId);

private:
    void refresh();

    struct Pending
    {
        qint64 id;
        QString subject;
        QDateTime sendAt;
    };
    QList<Pending> m_pending; // oldest first
    QLabel *m_label;
    QPushButton *m_undo;
    QTimer *m_tick;
};

} // namespace carteiro

// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/ConnectionStatus.h"

#include "engine/AccountEngine.h"
#include "engine/MailRecords.h"
#include "mail/OutboxModel.h"

#include <QLocale>

namespace carteiro {

ConnectionStatus::ConnectionStatus(QWidget *parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("connectionStatus"));
    setTextFormat(Qt::PlainText);
    hide();
}

void ConnectionStatus::watch(AccountEngine *engine, const QString &accountId)
{
    connect(engine, &AccountEngine::online, this, [this](const QString &id) { setOnline(id, true); });
    connect(engine, &AccountEngine::offline, this, [this](const QString &id) { setOnline(id, false); });
    connect(engine, &AccountEngine::loginFailed, this, [this](const QString &id) { setOnline(id, false); });
    Q_UNUSED(accountId);
}

void ConnectionStatus::watchOutbox(OutboxModel *outbox)
{
    m_outbox = outbox;
    connect(outbox, &QAbstractItemModel::modelReset, this, &ConnectionStatus::refresh);
    connect(outbox, &QAbstractItemModel::rowsInserted, this, &ConnectionStatus::refresh);
    connect(outbox, &QAbstractItemModel::rowsRemoved, this, &ConnectionStatus::refresh);
    connect(outbox, &QAbstractItemModel::dataChanged, this, &ConnectionStatus::refresh);
    refresh();
}

void ConnectionStatus::setAccounts(const QHash<QString, QString> &names)
{
    m_names = names;
    refresh();
}

void ConnectionStatus::setOnline(const QString &accountId, bool online)
{
    if (online)
        m_online.insert(accountId);
    else
        m_online.remove(accountId);
    refresh();
}

QStringList ConnectionStatus::offlineAccounts() const
{
    QStringList out;
    for (auto it = m_names.cbegin(); it != m_names.cend(); ++it)
        if (!m_online.contains(it.key()))
            out << it.value();
    out.sort(Qt::CaseInsensitive);
    return out;
}

void ConnectionStatus::refresh()
{
    m_waiting = 0;
    if (m_outbox)
        for (int r = 0; r < m_outbox->rowCount(); ++r) {
            const auto state = m_outbox->entryAt(r).state;
            if (state != OutboxEntry::State::Sent && state != OutboxEntry::State::Filed)
                ++m_waiting;
        }
    QStringList parts;
    const QStringList offline = offlineAccounts();
    if (!offline.isEmpty())
        parts << tr("Offline: %1").arg(QLocale().createSeparatedList(offline));
    if (m_waiting > 0)
        parts << tr("%n waiting in the Outbox", nullptr, m_waiting);
    setText(parts.join(QStringLiteral(" · ")));
    setToolTip(offline.isEmpty() ? QString()
                                 : tr("Mail of an offline account is read from the local store; what you do "
                                      "there reaches the server when it answers again."));
    setAccessibleName(text());
    setVisible(!parts.isEmpty());
}

} // namespace carteiro

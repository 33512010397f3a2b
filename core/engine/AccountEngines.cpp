// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/AccountEngines.h"

#include "engine/AccountEngine.h"

namespace carteiro {

AccountEngines::AccountEngines(TraceHub *hub, const QString &storePath, QObject *parent)
    : QObject(parent), m_hub(hub), m_storePath(storePath)
{
}

AccountEngines::~AccountEngines()
{
    // Each engine ends its thread (LOGOUT, store closed) before the hub goes.
    qDeleteAll(m_engines);
    m_engines.clear();
    delete m_drafts;
}

AccountEngine *AccountEngines::engine(const QString &accountId)
{
    if (accountId.isEmpty())
        return drafts();
    if (AccountEngine *e = m_engines.value(accountId))
        return e;
    auto *e = new AccountEngine(m_hub, m_storePath);
    e->setObjectName(QStringLiteral("engine:%1").arg(accountId));
    m_engines.insert(accountId, e);
    Q_EMIT engineAdded(e, accountId);
    return e;
}

AccountEngine *AccountEngines::current() const
{
    if (AccountEngine *e = m_engines.value(m_current))
        return e;
    return const_cast<AccountEngines *>(this)->drafts();
}

void AccountEngines::setCurrent(const QString &accountId)
{
    if (accountId == m_current && m_engines.contains(accountId))
        return;
    m_current = accountId;
    Q_EMIT currentChanged(accountId.isEmpty() ? drafts() : engine(accountId));
}

AccountEngine *AccountEngines::drafts()
{
    if (!m_drafts) {
        m_drafts = new AccountEngine(m_hub, m_storePath);
        m_drafts->setObjectName(QStringLiteral("engine:drafts"));
    }
    return m_drafts;
}

void AccountEngines::remove(const QString &accountId)
{
    delete m_engines.take(accountId);
    if (m_current == accountId)
        m_current.clear();
}

} // namespace carteiro

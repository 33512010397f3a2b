// SPDX-License-Identifier: GPL-3.0-or-later
// ContactsEngine: the GUI-thread face of ContactsWorker. Every call is a
// queued call into the worker's thread; every answer a queued signal back.
#include "engine/ContactsEngine.h"

#include "engine/ContactsWorker.h"

namespace carteiro {

ContactsEngine::ContactsEngine(const QString &storePath, QObject *parent) : QObject(parent)
{
    qRegisterMetaType<SeenAddress>();
    qRegisterMetaType<ContactCard>();
    qRegisterMetaType<ContactGroup>();
    qRegisterMetaType<QList<SeenAddress>>();
    qRegisterMetaType<QList<ContactCard>>();
    qRegisterMetaType<QList<ContactGroup>>();
    m_thread.setObjectName(QStringLiteral("carteiro-contacts"));
    m_worker = new ContactsWorker(storePath);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &ContactsWorker::published, this,
            [this](const QList<SeenAddress> &seen, const QList<ContactCard> &contacts, const QList<ContactGroup> &groups) {
                m_contacts = contacts;
                m_groups = groups;
                m_completion.setData(seen, contacts, groups);
                m_published = true;
                Q_EMIT changed();
            });
    connect(m_worker, &ContactsWorker::failed, this, &ContactsEngine::failed);
    connect(m_worker, &ContactsWorker::imported, this, &ContactsEngine::imported);
    connect(m_worker, &ContactsWorker::exported, this, &ContactsEngine::exported);
    m_thread.start();
}

ContactsEngine::~ContactsEngine()
{
    m_thread.quit();
    m_thread.wait();
}

void ContactsEngine::setOwnAddresses(const QStringList &addresses)
{
    m_completion.setExcluded(addresses);
}

void ContactsEngine::refresh()
{
    QMetaObject::invokeMethod(m_worker, &ContactsWorker::refresh);
}

void ContactsEngine::saveContact(const ContactCard &contact)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, contact] { w->saveContact(contact); });
}

void ContactsEngine::removeContact(qint64 id)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, id] { w->removeContact(id); });
}

void ContactsEngine::saveGroup(const ContactGroup &group)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, group] { w->saveGroup(group); });
}

void ContactsEngine::removeGroup(qint64 id)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, id] { w->removeGroup(id); });
}

void ContactsEngine::importVCard(const QString &path)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, path] { w->importVCard(path); });
}

void ContactsEngine::exportVCard(const QString &path)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, path] { w->exportVCard(path); });
}

} // namespace carteiro

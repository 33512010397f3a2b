// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/ContactsWorker.h"

#include "mime/MimeStrings.h"
#include "mime/VCard.h"
#include "store/MailStore.h"
#include "util/DataSize.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace carteiro {

ContactsWorker::ContactsWorker(const QString &storePath) : m_path(storePath) {}

ContactsWorker::~ContactsWorker() = default;

bool ContactsWorker::ensureStore()
{
    if (!m_store)
        m_store = std::make_unique<MailStore>(m_path);
    if (m_store->isOpen() || m_store->open())
        return true;
    Q_EMIT failed(m_store->error());
    return false;
}

void ContactsWorker::publish()
{
    Q_EMIT published(m_store->seenAddresses(kPublishedAddresses), m_store->contacts(), m_store->groups());
}

void ContactsWorker::refresh()
{
    if (m_harvesting || !ensureStore())
        return;
    // One chunk per turn of the event loop: an edit or an import asked for
    // meanwhile is not kept waiting behind a large first harvest.
    const int taken = m_store->harvestAddresses(kHarvestChunk);
    if (taken < 0) {
        Q_EMIT failed(m_store->error());
        return;
    }
    if (taken == kHarvestChunk) {
        m_harvesting = true;
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_harvesting = false;
                refresh();
            },
            Qt::QueuedConnection);
        return;
    }
    publish();
}

void ContactsWorker::edit(const QString &invalid, const std::function<bool(MailStore &)> &write)
{
    if (!ensureStore())
        return;
    if (!invalid.isEmpty()) {
        Q_EMIT failed(invalid);
        return;
    }
    if (!write(*m_store))
        Q_EMIT failed(m_store->error());
    publish();
}

void ContactsWorker::saveContact(const ContactCard &contact)
{
    edit(contact.validate(), [&](MailStore &s) { return s.saveContact(contact) != 0; });
}

void ContactsWorker::removeContact(qint64 id)
{
    edit({}, [id](MailStore &s) { return s.removeContact(id); });
}

void ContactsWorker::saveGroup(const ContactGroup &group)
{
    edit(group.validate(), [&](MailStore &s) { return s.saveGroup(group) != 0; });
}

void ContactsWorker::removeGroup(qint64 id)
{
    edit({}, [id](MailStore &s) { return s.removeGroup(id); });
}

void ContactsWorker::importVCard(const QString &path)
{
    if (!ensureStore())
        return;
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Q_EMIT failed(tr("Cannot open \"%1\": %2").arg(shown, file.errorString()));
        return;
    }
    if (file.size() > VCard::kMaxFileBytes) { // checked before reading it all
        Q_EMIT failed(tr("\"%1\" is larger than %2; it is not read as an address book.")
                          .arg(shown, formatDataSize(VCard::kMaxFileBytes)));
        return;
    }
    QString why;
    const auto contents = VCard::read(file.read(VCard::kMaxFileBytes + 1), &why);
    if (!contents) {
        Q_EMIT failed(tr("\"%1\": %2").arg(shown, why));
        return;
    }
    int added = 0, updated = 0;
    if (!m_store->importContacts(contents->contacts, contents->groups, &added, &updated)) {
        Q_EMIT failed(m_store->error());
        return;
    }
    Q_EMIT imported(added, updated, contents->problems);
    publish();
}

void ContactsWorker::exportVCard(const QString &path)
{
    if (!ensureStore())
        return;
    const QList<ContactCard> contacts = m_store->contacts();
    const QList<ContactGroup> groups = m_store->groups();
    QSaveFile file(path);
    const QString shown = QDir::toNativeSeparators(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(VCard::write(contacts, groups)) < 0 || !file.commit()) {
        Q_EMIT failed(tr("Cannot write \"%1\": %2").arg(shown, file.errorString()));
        return;
    }
    Q_EMIT exported(path, int(contacts.size() + groups.size()));
}

} // namespace carteiro

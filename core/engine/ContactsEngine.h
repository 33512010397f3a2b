// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Addresses and the address book, seen from the GUI thread (README
// "Contacts"). Everything that touches the store runs on the engine's own
// thread with its own MailStore connection: harvesting the addresses of
// stored mail (a chunk of messages per transaction, until none is left),
// the address book's writes, vCard import and export. The GUI keeps the
// published lists and completes from them in memory (AddressCompletion).
#include "engine/AddressCompletion.h"
#include "mime/ContactCard.h"

#include <QList>
#include <QObject>
#include <QThread>

namespace carteiro {

class ContactsWorker;

class ContactsEngine : public QObject
{
    Q_OBJECT
public:
    explicit ContactsEngine(const QString &storePath, QObject *parent = nullptr);
    ~ContactsEngine() override;

    // Harvests what new mail the store holds, then publishes (changed()).
    void refresh();
    void saveContact(const ContactCard &contact);
    void removeContact(qint64 id);
    void saveGroup(const ContactGroup &group);
    void removeGroup(qint64 id);
    void importVCard(const QString &path);
    void exportVCard(const QString &path);

    // The last published lists, and the completion built from them.
    const QList<ContactCard> &contacts() const { return m_contacts; }
    const QList<ContactGroup> &groups() const { return m_groups; }
    const AddressCompletion &completion() const { return m_completion; }
    // The user's own addresses (every identity of every account): never offered.
    void setOwnAddresses(const QStringList &addresses);
    bool hasPublished() const { return m_published; }

Q_SIGNALS:
    void changed();
    void failed(const QString &why);
    void imported(int added, int updated, const QStringList &problems);
    void exported(const QString &path, int cards);

private:
    QThread m_thread;
    ContactsWorker *m_worker = nullptr;
    QList<ContactCard> m_contacts;
    QList<ContactGroup> m_groups;
    AddressCompletion m_completion;
    bool m_published = false;
};

} // namespace carteiro

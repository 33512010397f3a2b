// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The contacts' worker (core/engine/ContactsEngine.h): lives on the engine's
// thread with its own MailStore connection. Internal to the engine.
#include "mime/ContactCard.h"

#include <QObject>
#include <functional>
#include <memory>

namespace carteiro {

class MailStore;

class ContactsWorker : public QObject
{
    Q_OBJECT
public:
    explicit ContactsWorker(const QString &storePath);
    ~ContactsWorker() override;

    static constexpr int kHarvestChunk = 500;
    static constexpr int kPublishedAddresses = 20000;

    void refresh();
    void saveContact(const ContactCard &contact);
    void removeContact(qint64 id);
    void saveGroup(const ContactGroup &group);
    void removeGroup(qint64 id);
    void importVCard(const QString &path);
    void exportVCard(const QString &path);

Q_SIGNALS:
    void published(const QList<carteiro::SeenAddress> &seen, const QList<carteiro::ContactCard> &contacts,
                   const QList<carteiro::ContactGroup> &groups);
    void failed(const QString &why);
    void imported(int added, int updated, const QStringList &problems);
    void exported(const QString &path, int cards);

private:
    bool ensureStore();
    void publish();
    // A checked write: `invalid` (a validate() sentence) refuses it, named;
    // else `write` runs on the store and the lists are published again.
    void edit(const QString &invalid, const std::function<bool(MailStore &)> &write);

    QString m_path;
    std::unique_ptr<MailStore> m_store;
    bool m_harvesting = false;
};

} // namespace carteiro

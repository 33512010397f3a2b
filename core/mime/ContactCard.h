// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// An address-book entry and a group of recipients, as the store keeps them and
// vCard (mime/VCard.h) reads and writes them.
#include "mime/MailAddress.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace carteiro {

struct ContactCard
{
    qint64 id = 0;       // store row id; 0 = not stored yet
    QString uid;         // vCard UID (RFC 6350 §6.7.6); kept across export and import
    QString name;        // FN: the name shown and put in front of the address
    QStringList emails;  // addr-specs, the preferred first
    QStringList phones;
    QString organization;
    QString note;

    // "Ana Silva <ana@x.br>" for the first address (empty when there is none).
    MailAddress primaryAddress() const;
    // Empty when the card can be stored; otherwise one sentence naming the field.
    QString validate() const;
    bool operator==(const ContactCard &other) const = default;
};

// Groups are simple lists (RFC 6350 KIND:group with MEMBER): a name that
// completes to its members in To / Cc / Bcc.
struct ContactGroup
{
    qint64 id = 0;
    QString uid;
    QString name;
    QList<MailAddress> members;

    QString validate() const;
    bool operator==(const ContactGroup &other) const = default;
};

// An address harvested from mail (core/store/MailStoreContacts.cpp): how often
// it was seen in received mail (From, To, Cc) and written to, and when last.
struct SeenAddress
{
    QString address; // addr-spec as seen (lower case)
    QString name;    // the latest display name seen with it
    int received = 0;
    int written = 0;
    QDateTime lastUsed; // UTC
};

} // namespace carteiro

Q_DECLARE_METATYPE(carteiro::SeenAddress)
Q_DECLARE_METATYPE(carteiro::ContactCard)
Q_DECLARE_METATYPE(carteiro::ContactGroup)

// SPDX-License-Identifier: GPL-3.0-or-later
#include "account/IdentityChoice.h"

#include "mime/HeaderFields.h"
#include "mime/ReplyBuilder.h"

namespace carteiro {

std::optional<IdentityChoice> IdentityChoice::forMessage(const QByteArray &raw, const QList<AccountSettings> &accounts,
                                                         const QString &preferredAccountId)
{
    QList<const AccountSettings *> order;
    for (const AccountSettings &a : accounts)
        if (a.id == preferredAccountId)
            order.prepend(&a);
        else
            order.append(&a);
    // RFC 5322 §3.6.3 destination fields first; Delivered-To / X-Original-To
    // are trace fields added by the delivering server (RFC 9228 for the former).
    for (const char *field : {"To", "Cc", "Delivered-To", "X-Original-To"}) {
        const QList<MailAddress> listed = ReplyBuilder::parseAddressList(HeaderFields::raw(raw, field));
        for (const AccountSettings *a : std::as_const(order)) {
            const QList<Identity> ids = a->identities();
            for (int i = 0; i < ids.size(); ++i)
                for (const MailAddress &m : listed)
                    if (m.address.compare(ids.at(i).address.trimmed(), Qt::CaseInsensitive) == 0)
                        return IdentityChoice{a->id, i};
        }
    }
    return std::nullopt;
}

} // namespace carteiro

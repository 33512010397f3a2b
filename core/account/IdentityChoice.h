// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Which of the user's identities a received message was sent to, so that the
// reply goes out from it: the first identity whose address is among the
// message's To, then Cc, then Delivered-To / X-Original-To (the address the
// server delivered it for, when the user was in Bcc or on a list). The
// current account's identities are tried before the other accounts'.
#include "account/AccountSettings.h"

#include <QByteArray>
#include <QList>
#include <optional>

namespace carteiro {

struct IdentityChoice
{
    QString accountId;
    int index = 0; // into AccountSettings::identities()

    static std::optional<IdentityChoice> forMessage(const QByteArray &raw, const QList<AccountSettings> &accounts,
                                                    const QString &preferredAccountId);
};

} // namespace carteiro

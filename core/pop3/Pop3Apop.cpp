// SPDX-License-Identifier: GPL-3.0-or-later
#include "pop3/Pop3Apop.h"

#include <QCryptographicHash>

namespace carteiro {

QByteArray Pop3Apop::timestamp(const QByteArray &greeting)
{
    const qsizetype open = greeting.indexOf('<');
    const qsizetype close = open < 0 ? -1 : greeting.indexOf('>', open);
    if (open < 0 || close < 0 || close - open > 256)
        return {};
    const QByteArray ts = greeting.mid(open, close - open + 1);
    if (!ts.contains('@'))
        return {};
    for (const char c : ts)
        if (uchar(c) <= 0x20 || uchar(c) >= 0x7f)
            return {};
    return ts;
}

QByteArray Pop3Apop::digest(const QByteArray &timestamp, const QByteArray &secret)
{
    return QCryptographicHash::hash(timestamp + secret, QCryptographicHash::Md5).toHex();
}

} // namespace carteiro

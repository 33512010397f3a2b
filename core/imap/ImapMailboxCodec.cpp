// SPDX-License-Identifier: GPL-3.0-or-later
#include "imap/ImapMailboxCodec.h"

#include <QList>

namespace carteiro {

QByteArray ImapMailboxCodec::encode(const QString &name)
{
    QByteArray out;
    QList<char16_t> pending;
    auto flush = [&] {
        if (pending.isEmpty())
            return;
        QByteArray utf16;
        for (const char16_t u : pending) {
            utf16.append(char(u >> 8));
            utf16.append(char(u & 0xff));
        }
        QByteArray b64 = utf16.toBase64(QByteArray::OmitTrailingEquals);
        b64.replace('/', ',');
        out += '&' + b64 + '-';
        pending.clear();
    };
    for (const QChar c : name) {
        const char16_t u = c.unicode();
        if (u >= 0x20 && u <= 0x7e) {
            flush();
            out += u == '&' ? QByteArray("&-") : QByteArray(1, char(u));
        } else {
            pending.append(u);
        }
    }
    flush();
    return out;
}

QString ImapMailboxCodec::decode(QByteArrayView wire, bool utf8Accepted)
{
    if (utf8Accepted)
        return QString::fromUtf8(wire);
    QString out;
    for (qsizetype i = 0; i < wire.size(); ++i) {
        const char c = wire.at(i);
        if (c != '&') {
            out += QLatin1Char(c);
            continue;
        }
        const qsizetype dash = wire.indexOf('-', i + 1);
        if (dash < 0)
            return QString::fromLatin1(wire);
        if (dash == i + 1) {
            out += QLatin1Char('&');
            i = dash;
            continue;
        }
        QByteArray b64 = wire.sliced(i + 1, dash - i - 1).toByteArray();
        b64.replace(',', '/');
        const auto decoded = QByteArray::fromBase64Encoding(b64, QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded || decoded.decoded.size() % 2 != 0)
            return QString::fromLatin1(wire);
        for (qsizetype k = 0; k + 1 < decoded.decoded.size(); k += 2)
            out += QChar(char16_t((uchar(decoded.decoded[k]) << 8) | uchar(decoded.decoded[k + 1])));
        i = dash;
    }
    return out;
}

} // namespace carteiro

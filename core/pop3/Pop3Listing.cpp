// SPDX-License-Identifier: GPL-3.0-or-later
#include "pop3/Pop3Listing.h"

#include <QList>

namespace carteiro {

namespace {
std::optional<qint64> number(const QByteArray &word, qint64 max)
{
    if (word.isEmpty() || word.size() > 18)
        return std::nullopt;
    for (const char c : word)
        if (c < '0' || c > '9')
            return std::nullopt;
    const qint64 v = word.toLongLong();
    if (v > max)
        return std::nullopt;
    return v;
}

// RFC 1939 §5: fields are separated by a single space; tolerate extra text after
// the second field (RFC 1939 §11 allows servers to append information).
QList<QByteArray> fields(const QByteArray &line)
{
    return line.trimmed().split(' ');
}
} // namespace

std::optional<Pop3MessageInfo> Pop3Listing::parseScan(const QByteArray &line)
{
    const QList<QByteArray> f = fields(line);
    if (f.size() < 2)
        return std::nullopt;
    const auto n = number(f.at(0), 0x7fffffff);
    const auto size = number(f.at(1), Q_INT64_C(1) << 50);
    if (!n || !size || *n == 0)
        return std::nullopt;
    Pop3MessageInfo info;
    info.number = int(*n);
    info.size = *size;
    return info;
}

std::optional<Pop3MessageInfo> Pop3Listing::parseUidl(const QByteArray &line)
{
    const QList<QByteArray> f = fields(line);
    if (f.size() != 2)
        return std::nullopt;
    const auto n = number(f.at(0), 0x7fffffff);
    const QByteArray &uid = f.at(1);
    if (!n || *n == 0 || uid.isEmpty() || uid.size() > 70)
        return std::nullopt;
    for (const char c : uid)
        if (uchar(c) < 0x21 || uchar(c) > 0x7e)
            return std::nullopt;
    Pop3MessageInfo info;
    info.number = int(*n);
    info.uidl = uid;
    return info;
}

std::optional<std::pair<int, qint64>> Pop3Listing::parseStat(const QByteArray &text)
{
    const QList<QByteArray> f = fields(text);
    if (f.size() < 2)
        return std::nullopt;
    const auto n = number(f.at(0), 0x7fffffff);
    const auto size = number(f.at(1), Q_INT64_C(1) << 50);
    if (!n || !size)
        return std::nullopt;
    return std::make_pair(int(*n), *size);
}

} // namespace carteiro

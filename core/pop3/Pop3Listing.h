// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The lines of LIST and UIDL (RFC 1939 §5 "scan listing", §7 "unique-id
// listing") and the STAT answer, read strictly: a line that does not parse is
// a protocol error, never a guess.
#include <QByteArray>
#include <optional>

namespace carteiro {

struct Pop3MessageInfo
{
    int number = 0;    // message-number, valid for this session only
    qint64 size = -1;  // octets, from LIST (-1: unknown)
    QByteArray uidl;   // unique-id, stable across sessions (RFC 1939 §7)
};

class Pop3Listing
{
public:
    // "1 120" (LIST) -> {1, 120}.
    static std::optional<Pop3MessageInfo> parseScan(const QByteArray &line);
    // "1 whqtswO00WBw418f9t5JxYwZ" (UIDL) -> {1, uid}; the uid is 1..70 of 0x21..0x7E.
    static std::optional<Pop3MessageInfo> parseUidl(const QByteArray &line);
    // "+OK 2 320" text of STAT -> {count, octets}.
    static std::optional<std::pair<int, qint64>> parseStat(const QByteArray &text);
};

} // namespace carteiro

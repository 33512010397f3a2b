// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One TRANSACTION-state command the driver asks for (RFC 1939 §5, §7), and
// what shape its answer has: a status line, a listing, or a message body.
#include <QByteArray>

namespace carteiro {

struct Pop3Request
{
    enum class Kind { Stat, List, Uidl, Top, Retr, Dele, Rset, Noop };
    Kind kind = Kind::Noop;
    int message = 0; // 0: the whole maildrop (LIST, UIDL)
    int lines = 0;   // TOP: body lines after the header

    static const char *verb(Kind kind);
    // The command line without CRLF: "RETR 3", "TOP 2 0", "UIDL".
    QByteArray line() const;
    // RFC 1939 §3: LIST and UIDL without argument, TOP and RETR answer +OK with
    // several lines ended by ".".
    bool multiLine() const;
    // TOP and RETR: the lines are a message, read as one body frame.
    bool hasBody() const { return kind == Kind::Top || kind == Kind::Retr; }
};

} // namespace carteiro

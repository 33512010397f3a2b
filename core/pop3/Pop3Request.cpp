// SPDX-License-Identifier: GPL-3.0-or-later
#include "pop3/Pop3Request.h"

namespace carteiro {

const char *Pop3Request::verb(Kind kind)
{
    switch (kind) {
    case Kind::Stat: return "STAT"; // RFC 1939 §5
    case Kind::List: return "LIST"; // RFC 1939 §5
    case Kind::Uidl: return "UIDL"; // RFC 1939 §7
    case Kind::Top: return "TOP";   // RFC 1939 §7
    case Kind::Retr: return "RETR"; // RFC 1939 §5
    case Kind::Dele: return "DELE"; // RFC 1939 §5
    case Kind::Rset: return "RSET"; // RFC 1939 §5
    case Kind::Noop: return "NOOP"; // RFC 1939 §5
    }
    return "?";
}

QByteArray Pop3Request::line() const
{
    QByteArray l = verb(kind);
    if (message > 0)
        l += ' ' + QByteArray::number(message);
    if (kind == Kind::Top)
        l += ' ' + QByteArray::number(lines);
    return l;
}

bool Pop3Request::multiLine() const
{
    return ((kind == Kind::List || kind == Kind::Uidl) && message == 0) || hasBody();
}

} // namespace carteiro

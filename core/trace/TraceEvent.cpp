// SPDX-License-Identifier: GPL-3.0-or-later
#include "trace/TraceEvent.h"

namespace carteiro {

const char *protocolName(Protocol p)
{
    switch (p) {
    case Protocol::Smtp: return "SMTP";
    case Protocol::Imap: return "IMAP";
    case Protocol::Pop3: return "POP3";
    case Protocol::Other: break;
    }
    return "NET";
}

} // namespace carteiro

// SPDX-License-Identifier: GPL-3.0-or-later
#include "pop3/Pop3Capabilities.h"

namespace carteiro {

Pop3Capabilities Pop3Capabilities::fromCapa(const QList<QByteArray> &lines)
{
    Pop3Capabilities c;
    c.known = true;
    for (const QByteArray &raw : lines) {
        const QList<QByteArray> words = raw.simplified().split(' ');
        const QByteArray tag = words.value(0).toUpper();
        const QByteArray args = words.size() > 1 ? raw.simplified().mid(tag.size() + 1) : QByteArray();
        if (tag == "STLS")
            c.stls = true;
        else if (tag == "USER")
            c.user = true;
        else if (tag == "TOP")
            c.top = true;
        else if (tag == "UIDL")
            c.uidl = true;
        else if (tag == "PIPELINING")
            c.pipelining = true;
        else if (tag == "RESP-CODES")
            c.respCodes = true;
        else if (tag == "AUTH-RESP-CODE")
            c.authRespCode = true;
        else if (tag == "IMPLEMENTATION")
            c.implementation = args.left(200);
        else if (tag == "LOGIN-DELAY")
            c.loginDelay = words.value(1).left(20);
        else if (tag == "EXPIRE")
            c.expire = words.value(1).left(20);
        else if (tag == "SASL") {
            for (qsizetype i = 1; i < words.size() && c.saslMechanisms.size() < 64; ++i)
                if (!words.at(i).isEmpty())
                    c.saslMechanisms << QString::fromLatin1(words.at(i).toUpper().left(40));
        }
    }
    return c;
}

} // namespace carteiro

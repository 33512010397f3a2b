// SPDX-License-Identifier: GPL-3.0-or-later
#include "smtp/SmtpCapabilities.h"

namespace carteiro {

SmtpCapabilities SmtpCapabilities::fromEhlo(const SmtpReply &reply)
{
    SmtpCapabilities caps;
    caps.esmtp = true;
    // The first line is the server's greeting name; keywords follow (§4.1.1.1).
    for (int i = 1; i < reply.lines.size(); ++i) {
        const QByteArray line = reply.lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        caps.keywords << QString::fromUtf8(line);
        const QList<QByteArray> words = line.simplified().split(' ');
        const QByteArray key = words.first().toUpper();
        if (key == "STARTTLS")
            caps.startTls = true;
        else if (key == "PIPELINING")
            caps.pipelining = true;
        else if (key == "8BITMIME")
            caps.eightBitMime = true;
        else if (key == "SMTPUTF8")
            caps.smtpUtf8 = true;
        else if (key == "DSN")
            caps.dsn = true;
        else if (key == "ENHANCEDSTATUSCODES")
            caps.enhancedStatusCodes = true;
        else if (key == "CHUNKING")
            caps.chunking = true;
        else if (key == "BINARYMIME")
            caps.binaryMime = true;
        else if (key == "SIZE") {
            caps.sizeAdvertised = true;
            bool ok = false;
            const qint64 n = words.size() > 1 ? words.at(1).toLongLong(&ok) : 0;
            caps.sizeLimit = ok && n > 0 ? n : 0;
        } else if (key == "AUTH" || key.startsWith("AUTH=")) {
            // "AUTH=PLAIN LOGIN" is the pre-standard form some servers still send.
            QList<QByteArray> mechs = words.mid(1);
            if (key.startsWith("AUTH="))
                mechs.prepend(words.first().mid(5));
            for (const QByteArray &m : mechs) {
                const QString mech = QString::fromLatin1(m.toUpper());
                if (!mech.isEmpty() && !caps.authMechanisms.contains(mech))
                    caps.authMechanisms << mech;
            }
        }
    }
    return caps;
}

} // namespace carteiro

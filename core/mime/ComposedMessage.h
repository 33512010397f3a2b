// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QByteArray>
#include <QList>
#include <QString>

namespace carteiro {

// What MimeComposer wrote, and what the SMTP layer needs to send it.
struct ComposedMessage
{
    QString filePath;          // the message written to a file (caller-provided path)
    qint64 size = 0;           // bytes
    bool has8BitData = false;  // any byte >= 0x80 (needs BODY=8BITMIME)
    bool needsSmtpUtf8 = false; // any address (envelope or header) with a non-ASCII local part (RFC 6531)
    QByteArray messageId;      // "<...@domain>"
    QByteArray envelopeFrom;   // from.envelopeAddress()
    QList<QByteArray> envelopeRecipients; // to + cc + bcc, de-duplicated, in order
};

} // namespace carteiro

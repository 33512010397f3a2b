// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The text the full-text index holds for one message (core/search/README.md):
// the sender, the recipients, the subject, and the body: every text/plain and
// text/html part that is not an attachment, transfer- and charset-decoded
// (HTML reduced to its words), plus the attachments' file names. Bounded, so a
// huge message cannot bloat the index.
#include "store/StoreRecords.h"

#include <QByteArray>
#include <QString>

namespace carteiro {

class SearchText
{
public:
    static constexpr int kMaxBodyChars = 256 * 1024;

    static QString sender(const StoredMessage &m);
    static QString recipients(const StoredMessage &m);
    // The body text of a raw message (RFC 2045/2046), at most kMaxBodyChars.
    static QString body(const QByteArray &raw);
    // The words of an HTML fragment: tags, comments, <style>/<script> dropped,
    // the common entities decoded.
    static QString htmlWords(const QString &html);
};

} // namespace carteiro

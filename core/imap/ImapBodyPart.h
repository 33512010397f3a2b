// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One node of BODYSTRUCTURE (RFC 3501 §7.4.2, RFC 9051 §7.5.2): the MIME tree
// as the server sees it, so a client can fetch only the part it shows
// (BODY.PEEK[section]). Nesting is bounded (hostile servers, tests/README.md, case 12).
#include "imap/ImapEnvelope.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <memory>
#include <optional>
#include <vector>

namespace carteiro {

class ImapTokenizer;

struct ImapBodyPart
{
    using Params = QList<QPair<QByteArray, QByteArray>>;

    QByteArray type, subtype; // lower case: "text", "plain"
    Params params;            // charset, name, boundary...
    QByteArray id, description, encoding;
    qint64 size = 0;          // encoded octets
    qint64 lines = -1;        // text/* and message/rfc822
    QByteArray md5;
    QByteArray disposition;   // lower case: "attachment", "inline", empty when none
    Params dispositionParams;
    QList<QByteArray> language;
    QByteArray location;
    std::shared_ptr<ImapEnvelope> envelope; // message/rfc822
    std::vector<ImapBodyPart> children;     // multipart/*, or the body of a message/rfc822
    QByteArray partNumber;                  // section for BODY[...]: "1", "2.1"; "" for the top multipart

    bool isMultipart() const { return type == "multipart"; }
    QByteArray param(const QByteArray &name) const;
    // Depth-first search for a part by its section number.
    const ImapBodyPart *find(const QByteArray &section) const;

    static constexpr int kMaxDepth = 32;
    static std::optional<ImapBodyPart> parse(ImapTokenizer &tok);
};

} // namespace carteiro

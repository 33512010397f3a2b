// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The MIME structure of a raw message (RFC 2045, RFC 2046 section 5) with byte
// ranges, for the tree view, `carteiro-cli --mime-tree` and attachment saving.
//
// The structure walk is ours, not vmime's: vmime 0.9.2 parses nested
// multiparts by unbounded recursion (10,000 levels, a 400 KB message, crash it
// with SIGSEGV) and has no limits to enforce. The walk is iterative per level,
// bounded by Limits, and never copies the message; parameter values (RFC 2231,
// RFC 2047) and charsets go through MimeParameters / MimeCharset (vmime + ICU).
//
// Hostile input: exceeding a limit is an error (nullopt + a message naming the
// limit and the byte offset), never a crash or a silently cut tree. Softer faults
// (missing closing boundary, unknown charset or transfer encoding, duplicate
// fields, RFC 2231 gaps) are read the lenient way and listed in MimeNode::defects.
#include "MimeNode.h"

#include <QByteArray>
#include <QIODevice>
#include <QString>

#include <optional>

namespace carteiro {

// MimeTree::Limits (outside the class only so that "Limits = {}" default arguments
// compile: a nested struct's member initialisers are not usable inside its class).
struct MimeTreeLimits
{
    int maxDepth = 50;                // nesting below the top-level entity (capped at 1000)
    int maxParts = 10000;             // entities in the whole tree, the top level included
    int maxHeaderLineBytes = 1 << 20; // one physical header line, or one unfolded Content-* field
};

class MimeTree
{
public:
    using Limits = MimeTreeLimits;

    // Parses a message file in place (memory-mapped: a 25 MB message is not copied).
    static std::optional<MimeNode> parseFile(const QString &path, QString *error, Limits limits = {});
    static std::optional<MimeNode> parse(const QByteArray &raw, QString *error, Limits limits = {});
    static std::optional<MimeNode> parse(const char *data, qint64 size, QString *error, Limits limits = {});

    // Transfer-decoded bytes of node's body (empty if the range does not fit raw).
    static QByteArray decodedBody(const QByteArray &raw, const MimeNode &node);
    // The same, from the message file, written to target in blocks (for large attachments).
    static bool writeDecodedBody(const QString &messagePath, const MimeNode &node, QIODevice *target,
                                 QString *error);

    // Indented text tree, two spaces per level, e.g.
    //  multipart/mixed  [7bit]  12.3 KB
    //    multipart/alternative  [7bit]  1.2 KB
    //      text/plain; charset=utf-8  [quoted-printable]  120 B -> 118 B
    //    image/png  attachment "foto.png"  [base64]  40.2 KB -> 29.7 KB
    // File names and other message-supplied text are shown with control and bidi
    // characters made visible. Defects follow on their own lines, marked "(!)".
    static QString format(const MimeNode &root);
};

} // namespace carteiro

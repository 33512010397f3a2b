// SPDX-License-Identifier: GPL-3.0-or-later
#include "MimeTree.h"
#include "util/DataSize.h"

#include "MimeHeaderBlock.h"
#include "MimeParameters.h"
#include "MimeStrings.h"
#include "TransferDecoder.h"

#include <QByteArrayMatcher>
#include <QCoreApplication>
#include <QFile>

#include <cstring>
#include <vector>

namespace carteiro {

namespace {

constexpr int kHardDepthCap = 1000; // recursion is one frame per level: keep the stack safe

bool isToken(const QByteArray &text)
{
    if (text.isEmpty())
        return false;
    for (const char c : text) {
        const unsigned char u = static_cast<unsigned char>(c);
        if (u <= 0x20 || u >= 0x7f || std::strchr("()<>@,;:\\\"/[]?=", c))
            return false;
    }
    return true;
}

bool isValidMediaType(const QByteArray &type)
{
    const qsizetype slash = type.indexOf('/');
    return slash > 0 && isToken(type.left(slash)) && isToken(type.mid(slash + 1));
}

struct Range
{
    qint64 start;
    qint64 end;
};

class Walker
{
public:
    Walker(const char *data, const MimeTree::Limits &limits)
        : m_data(data), m_limits(limits)
    {
        m_maxDepth = qBound(0, limits.maxDepth, kHardDepthCap);
    }

    bool entity(qint64 start, qint64 end, int depth, const QByteArray &defaultType, MimeNode *node);
    QString error;

private:
    bool split(qint64 start, qint64 end, const QByteArray &boundary, std::vector<Range> *parts, bool *closed,
               qint64 *textAfterDelimiter);
    bool tooManyParts(qint64 at)
    {
        error = QCoreApplication::translate("Mime", "More than %1 MIME parts (limit reached at byte %2)")
                    .arg(m_limits.maxParts)
                    .arg(at);
        return false;
    }

    const char *m_data;
    MimeTree::Limits m_limits;
    int m_maxDepth;
    int m_parts = 0;
};

// RFC 2046 5.1.1: a delimiter is CRLF "--" boundary at the start of a line,
// optionally followed by blanks; "--" boundary "--" closes. The CRLF before
// the delimiter belongs to it, not to the part. Its note to implementors: the
// boundary only has to start the line, so "--boundary" followed by other text
// still delimits (the rest of that line is ignored; *textAfterDelimiter is set
// to the first such line's offset).
bool Walker::split(qint64 start, qint64 end, const QByteArray &boundary, std::vector<Range> *parts, bool *closed,
                   qint64 *textAfterDelimiter)
{
    const QByteArray delimiter = "--" + boundary;
    const QByteArrayMatcher matcher(delimiter);
    qint64 pos = start;
    qint64 partStart = -1;
    *closed = false;
    while (pos < end) {
        const qint64 at = matcher.indexIn(m_data, end, pos);
        if (at < 0)
            break;
        if (at != start && m_data[at - 1] != '\n') {
            pos = at + 1;
            continue;
        }
        qint64 r = at + delimiter.size();
        const bool closing = r + 1 < end && m_data[r] == '-' && m_data[r + 1] == '-';
        if (closing)
            r += 2;
        while (r < end && (m_data[r] == ' ' || m_data[r] == '\t'))
            ++r;
        if (!closing && r < end && m_data[r] != '\r' && m_data[r] != '\n') {
            if (*textAfterDelimiter < 0)
                *textAfterDelimiter = at;
            while (r < end && m_data[r] != '\n')
                ++r; // "--boundaryX...": still a delimiter; the rest of the line is not content
            if (r > at && m_data[r - 1] == '\r')
                --r;
        }
        if (partStart >= 0) {
            qint64 partEnd = at;
            if (partEnd > partStart && m_data[partEnd - 1] == '\n')
                --partEnd;
            if (partEnd > partStart && m_data[partEnd - 1] == '\r')
                --partEnd;
            parts->push_back({partStart, partEnd});
            if (m_parts + qint64(parts->size()) > m_limits.maxParts)
                return tooManyParts(at);
        }
        if (closing) {
            *closed = true;
            return true;
        }
        if (r < end && m_data[r] == '\r')
            ++r;
        if (r < end && m_data[r] == '\n')
            ++r;
        partStart = r;
        pos = r;
    }
    if (partStart >= 0)
        parts->push_back({partStart, end}); // no closing delimiter: the last part runs to the end
    return true;
}

bool Walker::entity(qint64 start, qint64 end, int depth, const QByteArray &defaultType, MimeNode *node)
{
    if (depth > m_maxDepth) {
        error = QCoreApplication::translate("Mime", "MIME parts nested deeper than %1 levels (at byte %2)")
                    .arg(m_maxDepth)
                    .arg(start);
        return false;
    }
    if (++m_parts > m_limits.maxParts)
        return tooManyParts(start);

    MimeHeaderBlock header;
    if (!MimeHeaderBlock::scan(m_data, start, end, m_limits.maxHeaderLineBytes, &header, &error))
        return false;
    node->headerOffset = start;
    node->headerLength = header.headerEnd - start;
    node->bodyOffset = header.bodyStart;
    node->bodyLength = end - header.bodyStart;
    node->defects = header.defects;

    node->mediaType = defaultType;
    if (header.hasContentType) {
        MimeParameters ct = MimeParameters::parse(header.contentType);
        const QByteArray type = ct.value.toLower();
        if (isValidMediaType(type)) {
            node->mediaType = type;
        } else {
            // RFC 2045 5.2: an unreadable Content-Type means text/plain; charset=us-ascii.
            node->mediaType = "text/plain";
            node->defects << QCoreApplication::translate("Mime", "Invalid Content-Type \"%1\": read as text/plain")
                                 .arg(MimeStrings::printable(QString::fromLatin1(ct.value)));
        }
        node->parameters = ct.parameters;
        node->defects << ct.defects;
    }
    node->charset = node->parameters.value("charset").trimmed().toLower().toLatin1();

    node->transferEncoding = "7bit";
    if (header.hasTransferEncoding) {
        const QByteArray cte = MimeParameters::parse(header.transferEncoding).value.toLower();
        if (!cte.isEmpty())
            node->transferEncoding = cte;
        if (!TransferDecoder::isKnown(node->transferEncoding))
            node->defects << QCoreApplication::translate("Mime", "Unknown Content-Transfer-Encoding \"%1\": body left as it is")
                                 .arg(MimeStrings::printable(QString::fromLatin1(node->transferEncoding)));
    }
    if (header.hasDisposition) {
        MimeParameters cd = MimeParameters::parse(header.disposition);
        node->disposition = cd.value.toLower();
        node->fileName = cd.parameters.value("filename");
        node->defects << cd.defects;
    }
    if (node->fileName.isEmpty())
        node->fileName = node->parameters.value("name");

    node->encodedSize = node->bodyLength;
    node->decodedSize = node->bodyLength;
    const char *body = m_data + node->bodyOffset;

    if (node->mediaType.startsWith("multipart/")) {
        const QByteArray boundary = node->parameters.value("boundary").toUtf8();
        if (boundary.isEmpty() || boundary.size() > 998) {
            node->defects << QCoreApplication::translate("Mime", "Multipart without a usable boundary: read as one body");
            return true;
        }
        std::vector<Range> parts;
        bool closed = false;
        qint64 textAfter = -1;
        if (!split(node->bodyOffset, end, boundary, &parts, &closed, &textAfter))
            return false;
        if (textAfter >= 0)
            node->defects << QCoreApplication::translate("Mime", "Text after the part delimiter at byte %1 ignored "
                                                                 "(the delimiter line still starts a part)")
                                 .arg(textAfter);
        if (parts.empty()) {
            node->defects << QCoreApplication::translate("Mime", "No part delimiter found for boundary \"%1\"")
                                 .arg(MimeStrings::printable(QString::fromUtf8(boundary)));
            return true;
        }
        if (!closed)
            node->defects << QCoreApplication::translate("Mime", "Missing closing boundary: the last part runs to the end");
        const QByteArray childDefault = node->mediaType == "multipart/digest" ? "message/rfc822" : "text/plain";
        node->children.reserve(qsizetype(parts.size()));
        for (const Range &range : parts) {
            MimeNode child;
            if (!entity(range.start, range.end, depth + 1, childDefault, &child))
                return false;
            node->children.append(std::move(child));
        }
        return true;
    }
    if ((node->mediaType == "message/rfc822" || node->mediaType == "message/global")
        && TransferDecoder::isIdentity(node->transferEncoding) && node->bodyLength > 0) {
        MimeNode inner;
        if (!entity(node->bodyOffset, end, depth + 1, "text/plain", &inner))
            return false;
        node->children.append(std::move(inner));
        return true;
    }
    node->decodedSize = TransferDecoder::decodedSize(node->transferEncoding, body, node->bodyLength);
    if (node->transferEncoding == "base64") {
        const qint64 trailing = TransferDecoder::base64TrailingData(body, node->bodyLength);
        if (trailing >= 0)
            node->defects << QCoreApplication::translate("Mime", "base64 text after the padding at byte %1 was not "
                                                                 "decoded (RFC 2045 §6.8: the padding ends the data)")
                                 .arg(node->bodyOffset + trailing);
    }
    return true;
}

bool fail(QString *error, const QString &text)
{
    if (error)
        *error = text;
    return false;
}

void formatNode(const MimeNode &node, int level, QString *out)
{
    const QString indent(level * 2, QLatin1Char(' '));
    QString line = indent + MimeStrings::printable(QString::fromLatin1(node.mediaType));
    if (!node.charset.isEmpty())
        line += QStringLiteral("; charset=") + MimeStrings::printable(QString::fromLatin1(node.charset));
    if (!node.disposition.isEmpty())
        line += QStringLiteral("  ") + MimeStrings::printable(QString::fromLatin1(node.disposition));
    if (!node.fileName.isEmpty())
        line += (node.disposition.isEmpty() ? QStringLiteral("  \"") : QStringLiteral(" \""))
            + MimeStrings::printable(node.fileName) + QLatin1Char('"');
    line += QStringLiteral("  [") + MimeStrings::printable(QString::fromLatin1(node.transferEncoding))
        + QLatin1Char(']');
    line += QStringLiteral("  ") + formatDataSize(node.encodedSize);
    if (node.children.isEmpty() && !TransferDecoder::isIdentity(node.transferEncoding))
        line += QStringLiteral(" -> ") + formatDataSize(node.decodedSize);
    *out += line + QLatin1Char('\n');
    for (const QString &defect : node.defects)
        *out += indent + QStringLiteral("  (!) ") + defect + QLatin1Char('\n');
    for (const MimeNode &child : node.children)
        formatNode(child, level + 1, out);
}

} // namespace

std::optional<MimeNode> MimeTree::parse(const char *data, qint64 size, QString *error, Limits limits)
{
    Walker walker(data, limits);
    MimeNode root;
    if (!walker.entity(0, size, 0, "text/plain", &root)) {
        fail(error, walker.error);
        return std::nullopt;
    }
    return root;
}

std::optional<MimeNode> MimeTree::parse(const QByteArray &raw, QString *error, Limits limits)
{
    return parse(raw.constData(), raw.size(), error, limits);
}

std::optional<MimeNode> MimeTree::parseFile(const QString &path, QString *error, Limits limits)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        fail(error, QCoreApplication::translate("Mime", "Cannot read message \"%1\": %2")
                        .arg(MimeStrings::printable(path, 400), file.errorString()));
        return std::nullopt;
    }
    const qint64 size = file.size();
    if (size == 0)
        return parse(QByteArray(), error, limits);
    if (uchar *mapped = file.map(0, size)) {
        auto result = parse(reinterpret_cast<const char *>(mapped), size, error, limits);
        file.unmap(mapped);
        return result;
    }
    return parse(file.readAll(), error, limits); // not mappable (a pipe...): read it once
}

QByteArray MimeTree::decodedBody(const QByteArray &raw, const MimeNode &node)
{
    if (node.bodyOffset < 0 || node.bodyLength < 0 || node.bodyOffset + node.bodyLength > raw.size())
        return {};
    return TransferDecoder::decode(node.transferEncoding, raw.constData() + node.bodyOffset, node.bodyLength);
}

bool MimeTree::writeDecodedBody(const QString &messagePath, const MimeNode &node, QIODevice *target, QString *error)
{
    QFile file(messagePath);
    if (!file.open(QIODevice::ReadOnly))
        return fail(error, QCoreApplication::translate("Mime", "Cannot read message \"%1\": %2")
                               .arg(MimeStrings::printable(messagePath, 400), file.errorString()));
    if (node.bodyOffset < 0 || node.bodyLength < 0 || node.bodyOffset + node.bodyLength > file.size())
        return fail(error, QCoreApplication::translate("Mime", "The part's byte range does not fit message \"%1\"")
                               .arg(MimeStrings::printable(messagePath, 400)));
    if (node.bodyLength == 0)
        return true;
    uchar *mapped = file.map(node.bodyOffset, node.bodyLength);
    if (!mapped)
        return fail(error, QCoreApplication::translate("Mime", "Cannot read message \"%1\": %2")
                               .arg(MimeStrings::printable(messagePath, 400), file.errorString()));
    bool ok = true;
    TransferDecoder::decode(node.transferEncoding, reinterpret_cast<const char *>(mapped), node.bodyLength,
                            [&](const char *data, qint64 size) {
                                if (ok && target->write(data, size) != size)
                                    ok = false;
                            });
    file.unmap(mapped);
    if (!ok)
        return fail(error, QCoreApplication::translate("Mime", "Cannot write the decoded part: %1")
                               .arg(target->errorString()));
    return true;
}

QString MimeTree::format(const MimeNode &root)
{
    QString out;
    formatNode(root, 0, &out);
    return out;
}

} // namespace carteiro

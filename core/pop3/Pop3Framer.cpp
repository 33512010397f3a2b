// SPDX-License-Identifier: GPL-3.0-or-later
#include "pop3/Pop3Framer.h"

#include <QCoreApplication>
#include <cstring>

namespace carteiro {

Pop3Framer::Pop3Framer(qsizetype maxLineBytes, qint64 maxBodyBytes)
    : m_lines(maxLineBytes, LineFramer::BareLf::LineEnd), m_maxBody(maxBodyBytes)
{
}

void Pop3Framer::expectBody(qint64 sizeHint)
{
    if (m_inBody)
        return;
    m_inBody = true;
    m_raw = m_lines.takeBuffered();
    m_rawPos = 0;
    m_body.clear();
    if (sizeHint > 0 && sizeHint <= m_maxBody)
        m_body.reserve(qsizetype(sizeHint)); // LIST's size: one allocation for the whole body
    m_bodyLines = 0;
    m_unstuffed = 0;
    m_bodyBareLf = 0;
}

void Pop3Framer::feed(const QByteArray &bytes)
{
    if (m_inBody)
        m_raw.append(bytes);
    else
        m_lines.feed(bytes);
}

std::optional<QByteArray> Pop3Framer::next()
{
    if (hasError())
        return std::nullopt;
    if (m_inBody)
        return nextBody();
    m_lastWasBody = false;
    return m_lines.next();
}

std::optional<QByteArray> Pop3Framer::nextBody()
{
    // RFC 1939 §3: lines of a multi-line response end in CRLF; a line that starts
    // with "." has it doubled by the server; the response ends with a line that
    // is exactly ".". Only an LF ends a line here, so a bare CR is body data; a
    // bare LF ends a line (and "." LF ends the body) but is counted.
    const char *data = m_raw.constData();
    const qsizetype size = m_raw.size();
    while (m_rawPos < size) {
        const void *hit = std::memchr(data + m_rawPos, '\n', size_t(size - m_rawPos));
        if (!hit)
            break;
        const qsizetype lf = static_cast<const char *>(hit) - data;
        const qsizetype lineLen = lf + 1 - m_rawPos; // with its line break
        const char *line = data + m_rawPos;
        const bool bare = lineLen == 1 || line[lineLen - 2] != '\r';
        if (bare)
            ++m_bodyBareLf;
        if (line[0] == '.') {
            if ((lineLen == 3 && line[1] == '\r') || lineLen == 2) {
                // The terminator: the body is complete.
                QByteArray body = std::move(m_body);
                m_body = QByteArray();
                m_lines.feed(m_raw.mid(lf + 1)); // what follows is the next response
                m_raw.clear();
                m_rawPos = 0;
                m_inBody = false;
                m_lastWasBody = true;
                m_lastLines = m_bodyLines;
                m_lastUnstuffed = m_unstuffed;
                m_lastBareLf = m_bodyBareLf;
                return body;
            }
            m_body.append(line + 1, lineLen - 1); // dot-unstuffing
            ++m_unstuffed;
        } else {
            m_body.append(line, lineLen);
        }
        ++m_bodyLines;
        m_rawPos = lf + 1;
        if (m_body.size() > m_maxBody) {
            m_error = QCoreApplication::translate("Pop3", "the message is larger than %1 bytes")
                          .arg(m_maxBody);
            return std::nullopt;
        }
    }
    if (m_body.size() + (size - m_rawPos) > m_maxBody + 3) {
        m_error = QCoreApplication::translate("Pop3", "the message is larger than %1 bytes")
                      .arg(m_maxBody);
        return std::nullopt;
    }
    if (m_rawPos > 256 * 1024 || m_rawPos == size) { // drop scanned bytes now and then
        m_raw.remove(0, m_rawPos);
        m_rawPos = 0;
    }
    return std::nullopt;
}

QByteArray Pop3Framer::takeBuffered()
{
    QByteArray rest = m_lines.takeBuffered();
    if (m_inBody) {
        rest = m_raw.mid(m_rawPos) + rest;
        m_raw.clear();
        m_rawPos = 0;
        m_body.clear();
        m_inBody = false;
    }
    return rest;
}

QByteArray Pop3Framer::traceText(const QByteArray &frame) const
{
    if (!m_lastWasBody)
        return frame;
    QByteArray text = "<body: " + QByteArray::number(frame.size()) + " bytes in " +
                      QByteArray::number(m_lastLines) + " lines";
    if (m_lastUnstuffed > 0)
        text += ", " + QByteArray::number(m_lastUnstuffed) + " dot-unstuffed";
    if (m_lastBareLf > 0)
        text += ", " + QByteArray::number(m_lastBareLf) + " ended by a bare LF";
    return text + ", ended by \".\">";
}

} // namespace carteiro

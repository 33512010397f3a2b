// SPDX-License-Identifier: GPL-3.0-or-later
#include "imap/ImapFramer.h"

#include <QCoreApplication>

namespace carteiro {

namespace {
struct TrImap { Q_DECLARE_TR_FUNCTIONS(Imap) };

// RFC 3501 §7.1: status responses carry resp-text only, never a literal, so a
// "{...}" at their end is text ("* OK [ALERT] see {braces}").
bool isStatusResponse(QByteArrayView line)
{
    if (!line.startsWith("* "))
        return false;
    QByteArrayView rest = line.sliced(2);
    const qsizetype sp = rest.indexOf(' ');
    const QByteArrayView word = rest.first(sp < 0 ? rest.size() : sp);
    for (const char *status : {"OK", "NO", "BAD", "BYE", "PREAUTH"})
        if (word.compare(status, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}
} // namespace

qint64 ImapFramer::literalAtEnd(QByteArrayView line, qint64 max, QString *why)
{
    if (!line.endsWith('}'))
        return -1;
    const qsizetype open = line.lastIndexOf('{');
    if (open < 0)
        return -1;
    // A literal announcement is a token of its own: after SP, "(" or "~" (literal8).
    if (open > 0) {
        const char before = line.at(open - 1);
        if (before != ' ' && before != '(' && before != '~' && before != ']')
            return -1;
    }
    QByteArrayView digits = line.sliced(open + 1, line.size() - open - 2);
    if (digits.endsWith('+'))
        digits.chop(1); // RFC 7888: LITERAL+ form, same count
    const QString shown = QString::fromLatin1(line.sliced(open).first(qMin<qsizetype>(40, line.size() - open)).toByteArray());
    if (digits.isEmpty() || digits.size() > 20) {
        *why = TrImap::tr("the server announced a malformed literal %1").arg(shown);
        return -2;
    }
    qint64 value = 0;
    for (const char c : digits) {
        if (c < '0' || c > '9') {
            *why = TrImap::tr("the server announced a malformed literal %1").arg(shown);
            return -2;
        }
        // RFC 3501 §9: number is 32 bits; anything above our bound is refused
        // before it can overflow.
        value = value * 10 + (c - '0');
        if (value > max || value > 4294967295LL) {
            *why = TrImap::tr("the server announced a literal of %1 bytes; the limit here is %2 bytes")
                       .arg(QString::fromLatin1(digits.toByteArray()))
                       .arg(max);
            return -2;
        }
    }
    return value;
}

bool ImapFramer::fail(const QString &message)
{
    m_error = message;
    return false;
}

std::optional<QByteArray> ImapFramer::next()
{
    m_lastBareLf = 0;
    if (hasError())
        return std::nullopt;
    for (;;) {
        if (m_literalLeft > 0) {
            const qint64 have = m_buffer.size() - m_scan;
            if (have < m_literalLeft)
                return std::nullopt;
            m_scan += m_literalLeft;
            m_literalLeft = 0;
        }
        qsizetype lf = m_buffer.indexOf('\n', m_scan);
        if (lf < 0) {
            // A read may end between a line's CR and its LF: the CR is not counted
            // yet, so a line of exactly maxLineBytes is judged alike however it is
            // split (the whole line is measured without CRLF below).
            const qint64 partial = m_buffer.size() - m_scan - (m_buffer.endsWith('\r') ? 1 : 0);
            const qint64 response = m_buffer.size() - m_start - (m_buffer.endsWith('\r') ? 1 : 0);
            if (partial > m_limits.maxLineBytes)
                fail(TrImap::tr("the server sent a line longer than %1 bytes").arg(m_limits.maxLineBytes));
            else if (response > m_limits.maxResponseBytes)
                fail(TrImap::tr("the server sent a response longer than %1 bytes")
                         .arg(m_limits.maxResponseBytes));
            return std::nullopt;
        }
        if (lf == m_scan || m_buffer.at(lf - 1) != '\r') {
            // A bare LF ends the line all the same; the CR is put back so the frame
            // keeps the "{n}\r\n" form that traceText() and the parser rely on.
            m_buffer.insert(lf, '\r');
            ++lf;
            ++m_frameBareLf;
        }
        const QByteArrayView line(m_buffer.constData() + m_scan, lf - 1 - m_scan);
        if (line.size() > m_limits.maxLineBytes) {
            fail(TrImap::tr("the server sent a line longer than %1 bytes").arg(m_limits.maxLineBytes));
            return std::nullopt;
        }
        if (m_scan == m_start)
            m_mayHaveLiterals = line.startsWith("* ") && !isStatusResponse(line);
        if (m_mayHaveLiterals) {
            QString why;
            const qint64 n = literalAtEnd(line, m_limits.maxLiteralBytes, &why);
            if (n == -2) {
                fail(why);
                return std::nullopt;
            }
            if (n >= 0) {
                if (lf + 1 - m_start + n > m_limits.maxResponseBytes) {
                    fail(TrImap::tr("the server sent a response longer than %1 bytes")
                             .arg(m_limits.maxResponseBytes));
                    return std::nullopt;
                }
                m_scan = lf + 1;
                m_literalLeft = n;
                continue;
            }
        }
        // Each literal was checked against the bound when announced; the line
        // after the last one counts too.
        if (lf - 1 - m_start > m_limits.maxResponseBytes) {
            fail(TrImap::tr("the server sent a response longer than %1 bytes").arg(m_limits.maxResponseBytes));
            return std::nullopt;
        }
        QByteArray frame = m_buffer.sliced(m_start, lf - 1 - m_start);
        m_lastBareLf = m_frameBareLf;
        m_frameBareLf = 0;
        m_start = m_scan = lf + 1;
        if (m_start == m_buffer.size() || m_start > 256 * 1024) {
            m_buffer.remove(0, m_start);
            m_start = m_scan = 0;
        }
        return frame;
    }
}

QByteArray ImapFramer::takeBuffered()
{
    QByteArray rest = m_buffer.sliced(m_start);
    m_buffer.clear();
    m_start = m_scan = 0;
    m_literalLeft = 0;
    m_frameBareLf = m_lastBareLf = 0;
    return rest;
}

QByteArray ImapFramer::traceText(const QByteArray &frame) const
{
    // Inside a frame every CRLF follows a literal announcement (the framer put it
    // there), so walking CRLFs and skipping counted bytes recovers the structure.
    QByteArray out;
    qsizetype pos = 0;
    for (;;) {
        const qsizetype crlf = frame.indexOf("\r\n", pos);
        if (crlf < 0) {
            out += QByteArrayView(frame).sliced(pos);
            return out;
        }
        QString why;
        const qint64 n = literalAtEnd(QByteArrayView(frame).sliced(pos, crlf - pos),
                                      std::numeric_limits<qint64>::max(), &why);
        if (n < 0 || crlf + 2 + n > frame.size()) {
            out += QByteArrayView(frame).sliced(pos);
            return out;
        }
        const qsizetype open = frame.lastIndexOf('{', crlf);
        out += QByteArrayView(frame).sliced(pos, open - pos);
        const QByteArrayView body = QByteArrayView(frame).sliced(crlf + 2, n);
        bool clean = n <= m_limits.inlineLiteralBytes;
        for (const char c : body)
            clean = clean && uchar(c) >= 0x20 && c != 0x7f;
        if (clean && n > 0)
            out += "{" + QByteArray::number(n) + " bytes: " + body.toByteArray() + "}";
        else
            out += "{" + QByteArray::number(n) + " bytes}";
        pos = crlf + 2 + n;
    }
}

} // namespace carteiro

// SPDX-License-Identifier: GPL-3.0-or-later
#include "imap/ImapTokenizer.h"

#include "imap/ImapFramer.h"

#include <QCoreApplication>
#include <cstring>

namespace carteiro {

namespace {
struct TrImap { Q_DECLARE_TR_FUNCTIONS(Imap) };

// RFC 3501 §9: ATOM-CHAR is any CHAR except atom-specials.
bool isAtomChar(char c)
{
    const uchar u = uchar(c);
    if (u <= 0x20 || u >= 0x7f)
        return false;
    return !std::strchr("(){%*\"\\]", c);
}
constexpr int kMaxDepth = 64;
} // namespace

void ImapTokenizer::setError(const QString &why)
{
    if (m_error.isEmpty())
        m_error = TrImap::tr("%1 at byte %2").arg(why).arg(m_pos);
}

bool ImapTokenizer::consume(char c)
{
    if (hasError() || peek() != c || atEnd())
        return false;
    ++m_pos;
    return true;
}

bool ImapTokenizer::expect(char c)
{
    if (consume(c))
        return true;
    setError(TrImap::tr("expected \"%1\"").arg(QLatin1Char(c)));
    return false;
}

bool ImapTokenizer::skipSpaces()
{
    if (hasError() || peek() != ' ')
        return false;
    while (peek() == ' ' && !atEnd())
        ++m_pos;
    return true;
}

bool ImapTokenizer::consumeNil()
{
    if (hasError() || m_data.size() - m_pos < 3)
        return false;
    const QByteArrayView w = m_data.sliced(m_pos, 3);
    if (qstrnicmp(w.data(), "NIL", 3) != 0)
        return false;
    if (m_pos + 3 < m_data.size() && isAtomChar(m_data.at(m_pos + 3)))
        return false;
    m_pos += 3;
    return true;
}

QByteArrayView ImapTokenizer::atom(const char *extra)
{
    if (hasError())
        return {};
    const qsizetype start = m_pos;
    if (peek() == '\\') // flags: \Seen, and \* in PERMANENTFLAGS
        ++m_pos;
    while (!atEnd()) {
        const char c = m_data.at(m_pos);
        if (isAtomChar(c) || (c != '\0' && std::strchr(extra, c)))
            ++m_pos;
        else if (c == '*' && m_pos == start + 1 && m_data.at(start) == '\\')
            ++m_pos;
        else
            break;
    }
    if (m_pos == start) {
        setError(TrImap::tr("expected an atom"));
        return {};
    }
    return m_data.sliced(start, m_pos - start);
}

QByteArrayView ImapTokenizer::itemName()
{
    if (hasError())
        return {};
    const qsizetype start = m_pos;
    while (!atEnd() && isAtomChar(m_data.at(m_pos)) && m_data.at(m_pos) != '[')
        ++m_pos;
    if (m_pos == start) {
        setError(TrImap::tr("expected a fetch item"));
        return {};
    }
    return m_data.sliced(start, m_pos - start);
}

QByteArrayView ImapTokenizer::string()
{
    if (hasError())
        return {};
    if (consume('"')) {
        const qsizetype start = m_pos;
        bool escaped = false;
        while (!atEnd() && m_data.at(m_pos) != '"') {
            const char c = m_data.at(m_pos);
            if (c == '\r' || c == '\n') {
                setError(TrImap::tr("line break inside a quoted string"));
                return {};
            }
            if (c == '\\') {
                escaped = true;
                ++m_pos;
                if (atEnd())
                    break;
            }
            ++m_pos;
        }
        if (!consume('"')) {
            setError(TrImap::tr("unterminated quoted string"));
            return {};
        }
        const QByteArrayView raw = m_data.sliced(start, m_pos - 1 - start);
        if (!escaped)
            return raw;
        QByteArray un;
        un.reserve(raw.size());
        for (qsizetype i = 0; i < raw.size(); ++i) {
            if (raw.at(i) == '\\' && i + 1 < raw.size())
                ++i;
            un.append(raw.at(i));
        }
        m_scratch.push_back(std::move(un));
        return QByteArrayView(m_scratch.back());
    }
    consume('~'); // literal8
    if (peek() != '{') {
        setError(TrImap::tr("expected a string"));
        return {};
    }
    const qsizetype close = m_data.indexOf('}', m_pos);
    if (close < 0 || m_data.size() < close + 3 || m_data.at(close + 1) != '\r' ||
        m_data.at(close + 2) != '\n') {
        setError(TrImap::tr("malformed literal"));
        return {};
    }
    QString why;
    // The framer already bounded and counted it; here we only re-read the count.
    const qint64 n = ImapFramer::literalAtEnd(m_data.sliced(m_pos, close + 1 - m_pos),
                                             std::numeric_limits<qint64>::max(), &why);
    if (n < 0 || close + 3 + n > m_data.size()) {
        setError(why.isEmpty() ? TrImap::tr("literal longer than the response") : why);
        return {};
    }
    m_pos = close + 3 + n;
    return m_data.sliced(close + 3, n);
}

std::optional<QByteArrayView> ImapTokenizer::nstring()
{
    if (consumeNil())
        return std::nullopt;
    return string();
}

QByteArrayView ImapTokenizer::astring()
{
    const char c = peek();
    if (c == '"' || c == '{' || c == '~')
        return string();
    return atom("]");
}

quint32 ImapTokenizer::number()
{
    const quint64 v = number64();
    if (v > 0xffffffffULL) {
        setError(TrImap::tr("number out of range"));
        return 0;
    }
    return quint32(v);
}

quint64 ImapTokenizer::number64()
{
    if (hasError())
        return 0;
    const qsizetype start = m_pos;
    quint64 v = 0;
    constexpr quint64 kMax = 0x7fffffffffffffffULL; // RFC 7162 §7: mod-sequence-value is 63 bits
    while (!atEnd() && m_data.at(m_pos) >= '0' && m_data.at(m_pos) <= '9') {
        const quint64 digit = quint64(m_data.at(m_pos) - '0');
        // Checked before the step: v * 10 could wrap a 20-digit number around
        // to a small one (2^64 + 4 read as 4).
        if (v > (kMax - digit) / 10) {
            setError(TrImap::tr("number out of range"));
            return 0;
        }
        v = v * 10 + digit;
        ++m_pos;
    }
    if (m_pos == start)
        setError(TrImap::tr("expected a number"));
    return v;
}

void ImapTokenizer::skipValue(int depth)
{
    if (hasError())
        return;
    if (depth > kMaxDepth) {
        setError(TrImap::tr("nesting deeper than %1 levels").arg(kMaxDepth));
        return;
    }
    const char c = peek();
    if (c == '(') {
        ++m_pos;
        while (!hasError() && !consume(')')) {
            if (atEnd()) {
                setError(TrImap::tr("unterminated list"));
                return;
            }
            if (!skipSpaces())
                skipValue(depth + 1);
        }
    } else if (c == '"' || c == '{' || c == '~') {
        string();
    } else {
        itemName();
        if (peek() == '[') { // BODY[...] with a bracketed section and <origin>
            section();
            if (consume('<')) {
                number();
                expect('>');
            }
        }
    }
}

QByteArrayView ImapTokenizer::section()
{
    if (!expect('['))
        return {};
    const qsizetype close = m_data.indexOf(']', m_pos);
    if (close < 0) {
        setError(TrImap::tr("unterminated section"));
        return {};
    }
    const QByteArrayView inside = m_data.sliced(m_pos, close - m_pos);
    m_pos = close + 1;
    return inside;
}

QByteArrayView ImapTokenizer::restOfLine()
{
    const QByteArrayView r = rest();
    m_pos = m_data.size();
    return r;
}

} // namespace carteiro

// SPDX-License-Identifier: GPL-3.0-or-later
#include "smtp/SmtpReply.h"

#include <QCoreApplication>

namespace carteiro {

QString SmtpReply::text() const
{
    QStringList parts;
    for (const QByteArray &l : lines)
        parts << QString::fromUtf8(l).trimmed();
    QString joined = parts.join(QStringLiteral(" / "));
    QString head = QString::number(code);
    if (!enhanced.isEmpty() && !joined.startsWith(QString::fromLatin1(enhanced)))
        head += QLatin1Char(' ') + QString::fromLatin1(enhanced);
    return joined.isEmpty() ? head : head + QLatin1Char(' ') + joined;
}

namespace {
bool isDigit(char c) { return c >= '0' && c <= '9'; }

// RFC 3463 §2: class "." subject "." detail; class 2/4/5, subject and detail 1-3 digits.
QByteArray enhancedPrefix(const QByteArray &text)
{
    int i = 0;
    if (text.isEmpty() || (text[0] != '2' && text[0] != '4' && text[0] != '5'))
        return {};
    i = 1;
    for (int part = 0; part < 2; ++part) {
        if (i >= text.size() || text[i] != '.')
            return {};
        ++i;
        const int start = i;
        while (i < text.size() && isDigit(text[i]) && i - start < 3)
            ++i;
        if (i == start)
            return {};
    }
    if (i < text.size() && text[i] != ' ')
        return {};
    return text.left(i);
}
} // namespace

std::optional<SmtpReply> SmtpReplyParser::feedLine(const QByteArray &line)
{
    if (hasError())
        return std::nullopt;
    // RFC 5321 §4.2: Reply-line = *( Reply-code "-" [ textstring ] CRLF )
    //                              Reply-code [ SP textstring ] CRLF
    if (line.size() < 3 || !isDigit(line[0]) || !isDigit(line[1]) || !isDigit(line[2]) ||
        line[0] < '2' || line[0] > '5' || (line.size() > 3 && line[3] != ' ' && line[3] != '-')) {
        m_error = QCoreApplication::translate("Smtp", "malformed reply line: \"%1\"")
                      .arg(QString::fromUtf8(line.left(80)));
        return std::nullopt;
    }
    const int code = line.left(3).toInt();
    if (!m_current.lines.isEmpty() && code != m_current.code) {
        m_error = QCoreApplication::translate("Smtp", "reply code changed inside a multi-line reply "
                                                      "(%1 then %2)")
                      .arg(m_current.code)
                      .arg(code);
        return std::nullopt;
    }
    m_current.code = code;
    QByteArray text = line.size() > 4 ? line.mid(4) : QByteArray();
    if (m_current.lines.isEmpty() && m_enhanced)
        m_current.enhanced = enhancedPrefix(text);
    m_current.lines.append(text);
    if (m_current.lines.size() > m_maxLines) {
        m_error = QCoreApplication::translate("Smtp", "reply longer than %1 lines").arg(m_maxLines);
        return std::nullopt;
    }
    if (line.size() > 3 && line[3] == '-')
        return std::nullopt; // continuation
    SmtpReply done = std::move(m_current);
    m_current = SmtpReply{};
    return done;
}

} // namespace carteiro

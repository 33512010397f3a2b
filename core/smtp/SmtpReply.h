// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// SMTP replies (RFC 5321 §4.2): a three-digit code, '-' on every line but the
// last, and optionally an enhanced status code (RFC 2034, RFC 3463).
#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

namespace carteiro {

struct SmtpReply
{
    int code = 0;
    QByteArray enhanced;      // "2.1.0" when ENHANCEDSTATUSCODES is in use
    QList<QByteArray> lines;  // text of each line after "250-" / "250 "
    bool isPositive() const { return code >= 200 && code < 400; }
    bool isTransient() const { return code >= 400 && code < 500; }
    bool isPermanent() const { return code >= 500; }
    // "250 2.1.0 Ok" style, all lines joined by " / " for error messages.
    QString text() const;
};

// Collects reply lines into complete replies, with bounds.
class SmtpReplyParser
{
public:
    explicit SmtpReplyParser(int maxLines = 512) : m_maxLines(maxLines) {}
    // Feeds one line (without CRLF). Returns a reply when this line completes one.
    // On a malformed line or too many lines, returns nullopt and sets error().
    std::optional<SmtpReply> feedLine(const QByteArray &line);
    bool hasError() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }
    bool inMultiline() const { return !m_current.lines.isEmpty(); }
    void setEnhancedCodes(bool on) { m_enhanced = on; }

private:
    SmtpReply m_current;
    int m_maxLines;
    bool m_enhanced = true;
    QString m_error;
};

} // namespace carteiro

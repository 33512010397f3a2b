// SPDX-License-Identifier: GPL-3.0-or-later
#include "console/SmtpConsoleSession.h"

#include "net/LineFramer.h"
#include "sasl/SaslClient.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace carteiro {

namespace {
struct TrConsole { Q_DECLARE_TR_FUNCTIONS(Console) };
const QByteArray kGreeting = "<greeting>";
const QByteArray kEndOfData = "<end of data>";
} // namespace

SmtpConsoleSession::SmtpConsoleSession(Config config) : ConsoleSession(std::move(config))
{
    m_pending << kGreeting; // RFC 5321 §4.3.1: the server speaks first
}

SmtpConsoleSession::~SmtpConsoleSession() = default;

std::unique_ptr<Framer> SmtpConsoleSession::makeFramer() const
{
    return std::make_unique<LineFramer>();
}

QString SmtpConsoleSession::state() const
{
    if (m_body || m_bdatLeft > 0 || m_bdatStarted || m_pending.contains(kEndOfData))
        return QStringLiteral("data");
    switch (m_phase) {
    case Phase::Greeting: return QStringLiteral("greeting");
    case Phase::Ready: return QStringLiteral("ready");
    case Phase::Mail: return QStringLiteral("mail");
    case Phase::Rcpt: return QStringLiteral("rcpt");
    case Phase::Data: return QStringLiteral("data");
    }
    return {};
}

ConsoleOutput SmtpConsoleSession::submitLine(const QByteArray &line)
{
    if (m_body)
        return bodyLine(line);
    if (m_bdatLeft > 0)
        return bdatLine(line);
    return command(line);
}

ConsoleOutput SmtpConsoleSession::bodyLine(const QByteArray &line)
{
    ConsoleOutput out;
    out.historyText = QString::fromUtf8(line);
    if (line == ".") {
        // RFC 5321 §4.1.1.4: CRLF.CRLF ends the mail data
        out.writes << ConsoleSession::line(".", QStringLiteral("DATA"));
        m_body = false;
        m_pending << kEndOfData;
        return out;
    }
    if (line.startsWith('.')) {
        // RFC 5321 §4.5.2: a line that begins with "." gets one more "."
        out.writes << ConsoleSession::line("." + line, QString());
        out.notes << TrConsole::tr("dot-stuffed: the line begins with \".\", so it went out as "
                                   "\"%1\"; the server removes the extra dot (RFC 5321 §4.5.2)")
                         .arg(QString::fromUtf8("." + line.left(40)));
        return out;
    }
    out.writes << ConsoleSession::line(line, QString());
    return out;
}

ConsoleOutput SmtpConsoleSession::bdatLine(const QByteArray &line)
{
    ConsoleOutput out;
    out.historyText = QString::fromUtf8(line);
    QByteArray bytes = line + "\r\n";
    if (bytes.size() > m_bdatLeft) {
        if (line.size() != m_bdatLeft) {
            out.error = TrConsole::tr("the BDAT chunk has %1 bytes left, and this line with its CRLF "
                                      "has %2: type a shorter line (exactly %1 bytes end the chunk "
                                      "without a line end)")
                            .arg(m_bdatLeft)
                            .arg(bytes.size());
            return out;
        }
        bytes = line;
    }
    // RFC 3030 §2: BDAT data is sent as it is, counted, never dot-stuffed
    out.writes << ConsoleWrite{bytes, line, QString()};
    if (line.startsWith('.'))
        out.notes << TrConsole::tr("not dot-stuffed: BDAT counts bytes, so a leading \".\" goes "
                                   "out unchanged (RFC 3030 §2)");
    m_bdatLeft -= bytes.size();
    if (m_bdatLeft == 0) {
        m_pending << "BDAT";
        out.notes << TrConsole::tr("the BDAT chunk is complete: now the server answers");
    }
    return out;
}

void SmtpConsoleSession::envelopeNote(const QByteArray &line, const QByteArray &verb,
                                      ConsoleOutput &out) const
{
    // RFC 5321 §4.1.2: "MAIL FROM:" Reverse-path, "RCPT TO:" Forward-path, where a
    // path is "<" Mailbox ">" and no space is allowed after the colon.
    const QString text = QString::fromUtf8(line);
    const QString keyword = verb == "MAIL" ? QStringLiteral("MAIL FROM:") : QStringLiteral("RCPT TO:");
    static const QRegularExpression strict(QStringLiteral("^(MAIL FROM|RCPT TO):<[^<> ]*>( .*)?$"),
                                           QRegularExpression::CaseInsensitiveOption);
    if (strict.match(text).hasMatch())
        return;
    static const QRegularExpression loose(QStringLiteral("^(MAIL\\s+FROM|RCPT\\s+TO)\\s*:\\s*<?([^<>\\s]*)>?(.*)$"),
                                          QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = loose.match(text);
    if (!m.hasMatch())
        return;
    const QString canonical = keyword + QLatin1Char('<') + m.captured(2) + QLatin1Char('>') + m.captured(3);
    out.notes << TrConsole::tr("RFC 5321 §4.1.2 writes this as %1: the address in angle brackets, "
                               "right after the colon, no space. Lenient servers (Postfix with "
                               "strict_rfc821_envelopes = no, its default) accept the form typed; a "
                               "strict one answers 501 (syntax error in parameters)")
                     .arg(canonical);
}

ConsoleOutput SmtpConsoleSession::command(const QByteArray &line)
{
    ConsoleOutput out;
    out.historyText = QString::fromUtf8(line);
    const QByteArray verb = upperVerb(line);
    const QList<QByteArray> w = words(line);
    if (verb.isEmpty()) {
        out.error = TrConsole::tr("empty line: type an SMTP command such as EHLO, MAIL FROM:<...>, "
                                  "RCPT TO:<...>, DATA or QUIT");
        return out;
    }
    if (verb == "AUTH" && w.size() >= 2) {
        const QByteArray mech = w[1].toUpper();
        if (w.size() >= 3 && isTypedSaslResponse(w[2])) {
            out.error = typedSaslResponseError(mech);
            return out;
        }
        if (w.size() > 3) {
            out.error = TrConsole::tr("type AUTH %1 [USER]: the console asks for the password and "
                                      "builds the response itself")
                            .arg(QString::fromLatin1(mech));
            return out;
        }
        const QString user = w.size() == 3 ? QString::fromUtf8(w[2]) : m_config.user;
        if (user.isEmpty()) {
            out.error = TrConsole::tr("AUTH %1 needs a user name: type AUTH %1 NAME, or give the "
                                      "console a user")
                            .arg(QString::fromLatin1(mech));
            return out;
        }
        m_authMech = mech;
        m_authUser = user;
        return askPassword(TrConsole::tr("Password for %1 (AUTH %2)").arg(user, QString::fromLatin1(mech)),
                           QStringLiteral("AUTH %1 %2").arg(QString::fromLatin1(mech), user));
    }
    if (verb == "BDAT") {
        bool ok = false;
        const qint64 size = w.value(1).toLongLong(&ok);
        const bool last = w.size() == 3 && w[2].toUpper() == "LAST";
        if (!ok || size < 0 || w.size() > 3 || (w.size() == 3 && !last)) {
            out.error = TrConsole::tr("BDAT takes a byte count and optionally LAST: BDAT 42 LAST (RFC 3030 §2)");
            return out;
        }
        // RFC 3030 §2: BDAT chunk-size [SP end-marker]
        out.writes << ConsoleSession::line(line, QStringLiteral("BDAT"));
        m_bdatLeft = size;
        m_bdatLast = last;
        m_bdatStarted = true;
        if (size == 0)
            m_pending << "BDAT";
        else
            out.notes << TrConsole::tr("BDAT: type the %1 bytes of the chunk; each line counts with "
                                       "its CRLF and goes out as it is")
                             .arg(size);
        return out;
    }
    if (verb == "MAIL" || verb == "RCPT")
        envelopeNote(line, verb, out);
    // RFC 5321 §4.1.1: one command line, verb and arguments as typed
    out.writes.prepend(ConsoleSession::line(line, QString::fromLatin1(verb)));
    m_pending << verb;
    return out;
}

void SmtpConsoleSession::clearPasswordRequest()
{
    m_authMech.clear();
    m_authUser.clear();
}

ConsoleOutput SmtpConsoleSession::providePassword(const QByteArray &password)
{
    ConsoleOutput out;
    if (!m_passwordPending)
        return out;
    m_passwordPending = false;
    QString error;
    m_sasl = makeSasl(m_authMech, m_authUser, password, &error);
    if (!m_sasl) {
        out.notes << error;
        return out;
    }
    out.secrets << password << m_sasl->secrets();
    // RFC 4954 §4: AUTH mechanism [initial-response]
    std::optional<SaslStep> first = m_config.classroom ? std::nullopt : m_sasl->initialResponse();
    if (first && first->status != SaslStepStatus::Failed) {
        out.writes << line("AUTH " + m_authMech + ' ' + first->responseBase64, QStringLiteral("AUTH"),
                           "AUTH " + m_authMech + ' ' + first->redactedResponse);
    } else {
        out.writes << line("AUTH " + m_authMech, QStringLiteral("AUTH"));
        if (m_config.classroom)
            out.notes << TrConsole::tr("classroom mode: no initial response; the answer goes after "
                                       "the server's 334 (RFC 4954 §4)");
    }
    m_pending << "AUTH";
    return out;
}

void SmtpConsoleSession::authChallenge(const SmtpReply &reply, ConsoleOutput &out)
{
    const SaslStep step = m_sasl->step(reply.lines.value(0).trimmed());
    if (step.status == SaslStepStatus::Failed) {
        // RFC 4954 §4: "*" cancels the exchange
        out.writes << line("*", QStringLiteral("AUTH"));
        out.notes << step.error;
    } else {
        // RFC 4954 §4: the response to a 334 challenge, base64 on its own line
        out.writes << line(step.responseBase64, QStringLiteral("AUTH"),
                           step.redactedResponse.isEmpty() ? QByteArray("<empty>") : step.redactedResponse);
    }
    m_pending.prepend("AUTH");
}

ConsoleOutput SmtpConsoleSession::feed(const QByteArray &frame)
{
    ConsoleOutput out;
    const std::optional<SmtpReply> parsed = m_parser.feedLine(frame);
    if (!parsed) {
        if (m_parser.hasError()) {
            out.notes << TrConsole::tr("not a valid SMTP reply line: %1").arg(m_parser.error());
            m_parser = SmtpReplyParser();
        }
        return out;
    }
    const QByteArray verb = m_pending.isEmpty() ? QByteArray() : m_pending.takeFirst();
    if (verb == "AUTH" && parsed->code == 334 && m_sasl) {
        authChallenge(*parsed, out);
        return out;
    }
    completed(verb, *parsed, out);
    return out;
}

void SmtpConsoleSession::completed(const QByteArray &verb, const SmtpReply &r, ConsoleOutput &out)
{
    const bool ok = r.code >= 200 && r.code < 400;
    reply(out, ok);
    // RFC 5321 §3.8: 421 may come at any point and closes the session (tests/README.md, case 9)
    if (r.code == 421 || (verb == "QUIT" && r.code == 221)) {
        m_closed = true;
        out.closed = true;
        return;
    }
    if (verb == "HELO" || verb == "EHLO") {
        if (r.code == 250) {
            m_hello = true;
            m_phase = Phase::Ready; // RFC 5321 §4.1.4: EHLO also resets any transaction
        }
    } else if (verb == "MAIL") {
        if (r.code == 250)
            m_phase = Phase::Mail;
    } else if (verb == "RCPT") {
        if (r.code == 250 || r.code == 251)
            m_phase = Phase::Rcpt;
    } else if (verb == "DATA") {
        if (r.code == 354) {
            m_body = true;
            out.notes << TrConsole::tr("354: type the message now: header lines, an empty line, the "
                                       "body. A line with a lone \".\" ends it; a line that begins "
                                       "with \".\" goes out with the dot doubled (RFC 5321 §4.5.2)");
        }
    } else if (verb == kEndOfData || verb == "BDAT") {
        if (verb == kEndOfData || m_bdatLast || !ok) {
            m_phase = m_hello ? Phase::Ready : Phase::Greeting; // RFC 5321 §4.1.1.4: the transaction ends
            m_bdatStarted = false;
            m_bdatLeft = 0;
        }
    } else if (verb == "RSET") {
        if (r.code == 250)
            m_phase = m_hello ? Phase::Ready : Phase::Greeting;
    } else if (verb == "STARTTLS") {
        if (r.code == 220) {
            out.startTls = true;
            out.notes << TrConsole::tr("220 to STARTTLS: the TLS handshake starts now on this "
                                       "connection (RFC 3207 §4)");
        }
    } else if (verb == "AUTH") {
        m_sasl.reset();
    }
}

void SmtpConsoleSession::afterTls(ConsoleOutput &out)
{
    m_phase = Phase::Greeting;
    m_hello = false;
    m_pending.clear();
    m_parser = SmtpReplyParser();
    out.notes << TrConsole::tr("the server forgot everything said before TLS: send EHLO again to "
                               "read its capabilities, which may differ now (AUTH often appears "
                               "only inside TLS) (RFC 3207 §4.2)");
}

} // namespace carteiro

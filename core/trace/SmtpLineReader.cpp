// SPDX-License-Identifier: GPL-3.0-or-later
// SMTP lines in context (RFC 5321): which command each reply answers (the
// replies come back in order, also when pipelined, RFC 2920 §3), where a
// multi-line reply starts, the EHLO keywords, the message lines after DATA,
// the SASL exchange after AUTH (RFC 4954 §4).
#include "trace/LineReader.h"
#include "trace/SaslSteps.h"

#include "trace/CommandCatalog.h"

#include <QRegularExpression>

#include <deque>
#include <optional>

namespace carteiro::trace_detail {

namespace {

const QByteArray kKnownEhloKeywords[] = {
    "PIPELINING", "8BITMIME",    "SMTPUTF8", "STARTTLS", "CHUNKING",      "BINARYMIME",
    "DSN",        "ETRN",        "VRFY",     "EXPN",     "HELP",          "DELIVERBY",
    "REQUIRETLS", "MT-PRIORITY", "BURL",     "LIMITS",   "FUTURERELEASE", "ENHANCEDSTATUSCODES",
};

const QByteArray kObsolete[] = {"TURN", "SEND", "SOML", "SAML"};

struct Pending
{
    QByteArray verb; // "MAIL", "DOT" (end of DATA), "BDAT.LAST"
    bool noBrackets = false;
};

struct Reply
{
    int code = 0;
    bool last = true;
    QByteArray text;  // after "250-" / "250 "
    QString enhanced; // "2.1.0" when present
};

std::optional<Reply> parseReply(const QByteArray &line)
{
    if (line.size() < 3)
        return std::nullopt;
    for (int i = 0; i < 3; ++i) {
        if (line.at(i) < '0' || line.at(i) > '9')
            return std::nullopt;
    }
    if (line.size() > 3 && line.at(3) != ' ' && line.at(3) != '-')
        return std::nullopt;
    Reply r;
    r.code = line.left(3).toInt();
    r.last = line.size() == 3 || line.at(3) == ' ';
    r.text = line.mid(4);
    // RFC 2034 §4: the enhanced code comes first in the text, its class equal
    // to the reply's first digit.
    static const QRegularExpression enh(
        QStringLiteral("^([245])\\.(\\d{1,3})\\.(\\d{1,3})(\\s|$)"));
    const QRegularExpressionMatch m = enh.match(QString::fromLatin1(r.text));
    if (m.hasMatch() && m.captured(1).at(0).digitValue() == r.code / 100)
        r.enhanced = m.captured(0).trimmed();
    return r;
}

QByteArray firstWord(const QByteArray &line)
{
    const qsizetype space = line.indexOf(' ');
    return space < 0 ? line : line.left(space);
}

class SmtpLineReader final : public LineExplainer::Reader
{
public:
    Parts read(Direction direction, const QByteArray &line) override
    {
        return direction == Direction::ClientToServer ? client(line) : server(line);
    }

    void noteBody(Direction direction, qint64 bytes) override
    {
        if (direction != Direction::ClientToServer)
            return;
        if (m_bdatRemaining > 0)
            m_bdatRemaining = std::max<qint64>(0, m_bdatRemaining - bytes);
        if (m_inData) {
            // Carteiro's own DATA body is one summary, its final dot included.
            m_inData = false;
            m_pending.push_back({"DOT"});
        }
    }

    void noteTls() override
    {
        // RFC 3207 §4.2: the session starts over; nothing from before counts.
        m_pending.clear();
        m_replyStart = true;
        m_inData = false;
        m_sasl.finish();
    }

private:
    Parts client(const QByteArray &line)
    {
        if (m_bdatRemaining > 0) {
            m_bdatRemaining = std::max<qint64>(0, m_bdatRemaining - line.size() - 2);
            return {Part("smtp.bdat.chunk")};
        }
        if (m_inData)
            return dataLine(line);
        if (m_sasl.active() && m_sasl.awaitingResponse())
            return m_sasl.response(line);

        if (line.trimmed().isEmpty())
            return {Part("smtp.cmd.empty.unknown")};
        const QByteArray verb = firstWord(line).toUpper();
        Pending pending{verb};
        Parts parts;
        const auto info = CommandCatalog::find(Protocol::Smtp, QString::fromLatin1(verb));
        if (!info) {
            m_pending.push_back(pending);
            return {Part("smtp.cmd.unknown", {atomArg(verb)})};
        }
        parts << Part(QStringLiteral("cmd.smtp.") + info->verb);
        if (verb == "MAIL" || verb == "RCPT" || verb == "SEND" || verb == "SOML" ||
            verb == "SAML") {
            pathParts(line, &parts, &pending);
        } else if (verb == "AUTH") {
            const QList<QByteArray> words = line.split(' ');
            const QByteArray mech = words.value(1);
            const bool ir = words.size() > 2;
            m_sasl.start(mech, ir);
            if (!mech.isEmpty())
                parts << SaslSteps::mechanism(mech);
            if (ir)
                parts << m_sasl.initialResponse();
        } else if (verb == "BDAT") {
            const QList<QByteArray> words = line.simplified().split(' ');
            m_bdatRemaining = words.value(1).toLongLong();
            if (words.value(2).toUpper() == "LAST")
                pending.verb = "BDAT.LAST";
        }
        m_pending.push_back(pending);
        return parts;
    }

    // MAIL FROM:<a> SIZE=n ... / RCPT TO:<b> NOTIFY=...
    void pathParts(const QByteArray &line, Parts *parts, Pending *pending)
    {
        const qsizetype colon = line.indexOf(':');
        QByteArray rest = colon < 0 ? QByteArray() : line.mid(colon + 1).trimmed();
        if (colon >= 0 && line.mid(colon + 1).startsWith(' '))
            parts->append(Part("smtp.syntax.space"));
        if (colon >= 0 && !rest.startsWith('<')) {
            // RFC 5321 §4.1.2: Reverse-path = Path / "<>"; Path = "<" ... ">"
            parts->append(Part("smtp.syntax.brackets"));
            pending->noBrackets = true;
        }
        if (rest.startsWith("<>"))
            parts->append(Part("smtp.mail.null"));
        const qsizetype close = rest.indexOf('>');
        const QList<QByteArray> params =
            (close >= 0 ? rest.mid(close + 1) : QByteArray()).simplified().split(' ');
        for (const QByteArray &p : params) {
            if (p.isEmpty())
                continue;
            const qsizetype eq = p.indexOf('=');
            const QByteArray name = (eq < 0 ? p : p.left(eq)).toUpper();
            const QByteArray value = eq < 0 ? QByteArray() : p.mid(eq + 1);
            static const QByteArray kWithValue[] = {"SIZE", "BODY", "RET", "NOTIFY"};
            static const QByteArray kBare[] = {"SMTPUTF8", "ENVID", "ORCPT", "AUTH", "REQUIRETLS"};
            bool done = false;
            for (const QByteArray &k : kWithValue) {
                if (name == k) {
                    parts->append(Part(QStringLiteral("smtp.param.") + QString::fromLatin1(k),
                                       {atomArg(value)}));
                    done = true;
                }
            }
            for (const QByteArray &k : kBare) {
                if (name == k) {
                    parts->append(Part(QStringLiteral("smtp.param.") + QString::fromLatin1(k)));
                    done = true;
                }
            }
            if (!done)
                parts->append(Part("smtp.param.other", {atomArg(name)}));
        }
    }

    Parts dataLine(const QByteArray &line)
    {
        if (line == ".") {
            // RFC 5321 §4.1.1.4: <CRLF>.<CRLF> ends the mail data.
            m_inData = false;
            m_pending.push_back({"DOT"});
            return {Part("smtp.data.end")};
        }
        if (m_inHeader) {
            if (line.isEmpty()) {
                m_inHeader = false;
                return {Part("smtp.data.blank")};
            }
            if (line.startsWith(' ') || line.startsWith('\t'))
                return {Part("smtp.data.header-continued")};
            const qsizetype colon = line.indexOf(':');
            if (colon > 0 && !line.left(colon).contains(' '))
                return {Part("smtp.data.header", {atomArg(line.left(colon))})};
            m_inHeader = false; // no header at all: the body starts here
        }
        if (line.startsWith(".."))
            return {Part("smtp.data.stuffed")};
        return {Part("smtp.data.body")};
    }

    Parts server(const QByteArray &line)
    {
        const std::optional<Reply> reply = parseReply(line);
        if (!reply) {
            m_replyStart = true;
            return {Part("smtp.reply.malformed.unknown")};
        }
        const bool first = m_replyStart;
        m_replyStart = reply->last;
        const Pending pending = m_pending.empty() ? Pending{} : m_pending.front();
        // A 334 continues the AUTH exchange (RFC 4954 §4): AUTH still waits.
        const bool saslStep = pending.verb == "AUTH" && reply->code == 334;
        if (reply->last && !m_pending.empty() && !saslStep)
            m_pending.pop_front();
        Parts parts = readReply(*reply, first, pending);
        if (reply->last && !m_greeted)
            m_greeted = true;
        return parts;
    }

    Parts readReply(const Reply &r, bool first, const Pending &pending)
    {
        const QByteArray &verb = pending.verb;
        // The greeting: the first reply, before any command (RFC 5321 §3.1).
        if (!m_greeted && verb.isEmpty()) {
            if (r.code == 220)
                return withCodes({Part("smtp.greeting")}, r, false);
            if (r.code == 554)
                return withCodes({Part("smtp.greeting.refused")}, r, false);
            if (r.code == 421)
                return withCodes({Part("smtp.greeting.busy")}, r, false);
        }
        if (verb == "EHLO" && r.code == 250) {
            if (first)
                return {Part(r.last ? "smtp.ehlo.only" : "smtp.ehlo.greeting")};
            return smtpEhloKeyword(r.text);
        }
        if (verb == "HELO" && r.code == 250)
            return {Part("smtp.helo.ok")};
        if (verb == "AUTH") {
            if (r.code == 334) {
                if (!r.last)
                    return withCodes({Part("smtp.reply.more")}, r, true);
                return m_sasl.challenge(r.text);
            }
            if (r.last)
                m_sasl.finish();
        }
        if (!r.last)
            return withCodes({Part("smtp.reply.more")}, r, true);

        if (verb == "DATA" && r.code == 354) {
            m_inData = true;
            m_inHeader = true;
        }
        Parts parts;
        const QString contextKey = QStringLiteral("smtp.reply.") + QString::fromLatin1(verb) +
                                   QLatin1Char('.') + QString::number(r.code);
        bool obsolete = false;
        for (const QByteArray &o : kObsolete)
            obsolete = obsolete || verb == o;
        // Postfix answers 500 (not recognized) where others answer 502 (not
        // implemented): both mean the server will not do it.
        const bool refused = r.code == 500 || r.code == 502;
        if (obsolete && refused) {
            parts << Part("smtp.reply.obsolete", {QString::fromLatin1(verb)});
        } else if ((verb == "VRFY" || verb == "EXPN") && refused) {
            parts << Part(QStringLiteral("smtp.reply.") + QString::fromLatin1(verb) +
                          QStringLiteral(".refused"));
        } else if (verb == "RCPT" && isRelayRefusal(r)) {
            parts << Part("smtp.reply.RCPT.relay");
        } else if (!verb.isEmpty() && hasExplanation(contextKey)) {
            parts << Part(contextKey);
        } else if (r.code == 500 ||
                   (r.code == 502 && !verb.isEmpty() &&
                    !CommandCatalog::find(Protocol::Smtp, QString::fromLatin1(verb)))) {
            parts << Part("smtp.reply.unknown-command");
        }
        // Only a syntax refusal can be about the missing brackets (RFC 5321
        // §4.2.3: 501 arguments, 553 mailbox name); a 530 or 554 says something else.
        if (pending.noBrackets && (r.code == 501 || r.code == 553))
            parts << Part("smtp.syntax.brackets");
        return withCodes(parts, r, true);
    }

    // The basic code (in the detail when a context part says it better) and
    // the enhanced code (on the line).
    static Parts withCodes(Parts parts, const Reply &r, bool basic)
    {
        if (basic || parts.isEmpty())
            parts.insert(parts.isEmpty() ? 0 : 1,
                         Part(QStringLiteral("code.smtp.") + QString::number(r.code)));
        if (!r.enhanced.isEmpty())
            parts.insert(1, Part(QStringLiteral("code.enh.") + r.enhanced));
        return parts;
    }

    static bool isRelayRefusal(const Reply &r)
    {
        // Postfix: "554 5.7.1 <x@y>: Relay access denied"; RFC 3463 §3.8 X.7.1.
        return (r.code == 554 || r.code == 550 || r.code == 454) &&
               (r.text.toLower().contains("relay") || r.enhanced == QLatin1String("5.7.1") ||
                r.enhanced == QLatin1String("4.7.1"));
    }

    std::deque<Pending> m_pending;
    SaslSteps m_sasl;
    qint64 m_bdatRemaining = 0;
    bool m_replyStart = true;
    bool m_greeted = false;
    bool m_inData = false;
    bool m_inHeader = false;
};

} // namespace

Parts smtpEhloKeyword(const QByteArray &text)
{
    // RFC 5321 §4.1.1.1: ehlo-line = ehlo-keyword *( SP ehlo-param )
    const QList<QByteArray> words = text.simplified().split(' ');
    const QByteArray keyword = words.value(0).toUpper();
    if (keyword == "SIZE") {
        const QByteArray limit = words.value(1);
        if (!limit.isEmpty() && limit != "0")
            return {Part("smtp.ehlo.SIZE.limit", {atomArg(limit)})};
        return {Part("smtp.ehlo.SIZE")};
    }
    if (keyword == "AUTH" || keyword.startsWith("AUTH=")) {
        Parts parts{Part(keyword == "AUTH" ? "smtp.ehlo.AUTH" : "smtp.ehlo.AUTH.legacy")};
        QList<QByteArray> mechs = words.mid(1);
        if (keyword.startsWith("AUTH="))
            mechs.prepend(keyword.mid(5));
        for (const QByteArray &m : mechs) {
            if (!m.isEmpty())
                parts << SaslSteps::mechanism(m);
        }
        return parts;
    }
    for (const QByteArray &k : kKnownEhloKeywords) {
        if (keyword == k)
            return {Part(QStringLiteral("smtp.ehlo.") + QString::fromLatin1(k))};
    }
    return {Part("smtp.ehlo.other", {atomArg(keyword)})};
}

std::unique_ptr<LineExplainer::Reader> makeSmtpReader()
{
    return std::make_unique<SmtpLineReader>();
}

} // namespace carteiro::trace_detail

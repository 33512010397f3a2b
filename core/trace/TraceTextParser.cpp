// SPDX-License-Identifier: GPL-3.0-or-later
#include "trace/TraceTextParser.h"


#include <cctype>

namespace carteiro {

namespace {

bool isDigit(char c) { return c >= '0' && c <= '9'; }

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// "+12.345ms " -> nanoseconds; the length consumed in *used.
std::optional<qint64> parseOffset(const QByteArray &line, qsizetype *used)
{
    if (!line.startsWith('+'))
        return std::nullopt;
    const qsizetype ms = line.indexOf("ms ");
    if (ms < 2)
        return std::nullopt;
    const QByteArray number = line.mid(1, ms - 1);
    for (const char c : number)
        if (!isDigit(c) && c != '.')
            return std::nullopt;
    bool ok = false;
    const double value = number.toDouble(&ok);
    if (!ok || value < 0 || value > 1e12) // a million seconds is no transcript
        return std::nullopt;
    *used = ms + 3;
    return qint64(value * 1e6 + 0.5);
}

// SMTP reply annotations as the Channel sets them (core/net/Channel.cpp).
void annotateSmtpReply(TraceEvent &e)
{
    const QByteArray &b = e.bytes;
    if (b.size() < 3 || !isDigit(b[0]) || !isDigit(b[1]) || !isDigit(b[2]))
        return;
    e.replyCode = b.left(3).toInt();
    if (b.size() > 5) {
        const QByteArray rest = b.mid(4);
        const qsizetype sp = rest.indexOf(' ');
        const QByteArray word = sp < 0 ? rest : rest.left(sp);
        if (word.count('.') == 2 && (word[0] == '2' || word[0] == '4' || word[0] == '5'))
            e.enhancedCode = QString::fromLatin1(word);
    }
}

QString commandVerb(const QByteArray &line, Protocol protocol)
{
    QList<QByteArray> words = line.split(' ');
    // IMAP commands carry a tag first (RFC 9051 §2.2.1); "DONE" ends IDLE alone.
    if (protocol == Protocol::Imap && words.size() > 1)
        words.removeFirst();
    QByteArray verb = words.value(0);
    const qsizetype colon = verb.indexOf(':'); // "MAIL FROM:<a>" -> MAIL is the first word already
    if (colon > 0)
        verb.truncate(colon);
    for (const char c : verb)
        if (!std::isalnum(uchar(c)) && c != '-' && c != '_')
            return {};
    return QString::fromLatin1(verb.toUpper());
}

// "TLS established: TLSv1.3, CIPHER; certificate SUBJECT issued by ISSUER, SHA-256 HEX (verified)"
TlsDetails parseTls(const QByteArray &rest)
{
    TlsDetails t;
    QByteArray s = rest;
    if (s.endsWith(" (pinned exception)")) {
        t.pinned = true;
        s.chop(19);
    } else if (s.endsWith(" (verified)")) {
        t.verified = true;
        s.chop(11);
    }
    const qsizetype comma = s.indexOf(", ");
    const qsizetype cert = s.indexOf("; certificate ");
    const qsizetype issued = s.indexOf(" issued by ", cert < 0 ? 0 : cert);
    const qsizetype sha = s.lastIndexOf(", SHA-256 ");
    if (comma < 0 || cert < comma || issued < cert || sha < issued) {
        t.protocol = QString::fromUtf8(s); // not TraceText's sentence: keep it whole
        return t;
    }
    t.protocol = QString::fromUtf8(s.left(comma));
    t.cipher = QString::fromUtf8(s.mid(comma + 2, cert - comma - 2));
    t.subject = QString::fromUtf8(s.mid(cert + 14, issued - cert - 14));
    t.issuer = QString::fromUtf8(s.mid(issued + 11, sha - issued - 11));
    t.sha256 = QString::fromUtf8(s.mid(sha + 10));
    return t;
}

} // namespace

QByteArray TraceTextParser::unescape(const QByteArray &text)
{
    // Only what TraceText::line() produces: anything else (a literal "\x41")
    // stays as written, so formatting again gives the same text.
    QByteArray out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c != '\\' || i + 1 >= text.size()) {
            out += c;
            continue;
        }
        const char n = text[i + 1];
        if (n == 'r' || n == 'n' || n == '0') {
            out += n == 'r' ? '\r' : n == 'n' ? '\n' : '\0';
            ++i;
        } else if (n == 'x' && i + 3 < text.size() && hexValue(text[i + 2]) >= 0 &&
                   hexValue(text[i + 3]) >= 0) {
            const int v = hexValue(text[i + 2]) * 16 + hexValue(text[i + 3]);
            const bool escaped = (v < 0x20 && v != '\r' && v != '\n' && v != 0) || v == 0x7f;
            // TraceText writes lower case hex digits
            const bool canonical = !std::isupper(uchar(text[i + 2])) && !std::isupper(uchar(text[i + 3]));
            if (escaped && canonical) {
                out += char(v);
                i += 3;
            } else {
                out += c;
            }
        } else {
            out += c;
        }
    }
    return out;
}

std::optional<TranscriptLine> TraceTextParser::splitLine(QByteArray line)
{
    if (line.endsWith('\r'))
        line.chop(1);
    TranscriptLine out;
    qsizetype used = 0;
    out.offsetNs = parseOffset(line, &used);
    const QByteArray rest = line.mid(used);
    if (rest.size() < 2 || rest[1] != ':' || (rest.size() > 2 && rest[2] != ' '))
        return std::nullopt;
    switch (rest[0]) {
    case 'C': out.direction = Direction::ClientToServer; break;
    case 'S': out.direction = Direction::ServerToClient; break;
    case '*': out.direction = Direction::Note; break;
    default: return std::nullopt;
    }
    out.text = rest.mid(3);
    return out;
}

TraceEvent TraceTextParser::toEvent(const TranscriptLine &line, Protocol protocol)
{
    TraceEvent e;
    e.connection = 1;
    e.protocol = protocol;
    e.direction = line.direction;
    e.kind = line.direction == Direction::Note ? TraceKind::Info : TraceKind::Line;
    e.timestampNs = line.offsetNs.value_or(0);
    const QByteArray &t = line.text;
    if (line.direction == Direction::Note) {
        if (t.startsWith("TLS established: ")) {
            e.kind = TraceKind::TlsHandshake;
            e.tls = parseTls(unescape(t.mid(17)));
        } else if (t == "TLS") { // the scripted-server form (tests/support/TranscriptReplayer.h)
            e.kind = TraceKind::TlsHandshake;
        } else if (t.startsWith("state ")) {
            e.kind = TraceKind::StateChange;
            e.state = QString::fromUtf8(unescape(t.mid(6)));
        } else if (t.startsWith("error: ")) {
            e.kind = TraceKind::Error;
            e.bytes = unescape(t.mid(7));
        } else {
            e.bytes = unescape(t);
        }
        e.insideTls = e.kind == TraceKind::TlsHandshake;
        return e;
    }
    // "<1234 bytes>" / "<1234 bytes: what>": a body summarised by the Channel.
    if (t.startsWith('<') && t.endsWith('>')) {
        const qsizetype sp = t.indexOf(" bytes");
        bool ok = false;
        const qint64 count = sp > 1 ? t.mid(1, sp - 1).toLongLong(&ok) : 0;
        const QByteArray tail = sp > 1 ? t.mid(sp + 6, t.size() - sp - 7) : QByteArray();
        if (ok && count >= 0 && (tail.isEmpty() || tail.startsWith(": "))) {
            e.kind = TraceKind::BodySummary;
            e.bodyBytes = count;
            e.bytes = unescape(tail.mid(2));
            return e;
        }
    }
    if (line.direction == Direction::ServerToClient && t.startsWith("injection discarded: ")) {
        e.kind = TraceKind::Injection;
        e.bytes = unescape(t.mid(21));
        e.bodyBytes = e.bytes.size();
        return e;
    }
    e.bytes = unescape(t);
    if (line.direction == Direction::ClientToServer)
        e.verb = commandVerb(e.bytes, protocol);
    else if (protocol == Protocol::Smtp)
        annotateSmtpReply(e);
    return e;
}

Protocol TraceTextParser::guessProtocol(const QList<TranscriptLine> &lines)
{
    for (const TranscriptLine &l : lines) {
        if (l.direction != Direction::ServerToClient)
            continue;
        const QByteArray &t = l.text;
        if (t.startsWith("+OK") || t.startsWith("-ERR"))
            return Protocol::Pop3;
        if (t.startsWith("* "))
            return Protocol::Imap;
        if (t.size() >= 3 && isDigit(t[0]) && isDigit(t[1]) && isDigit(t[2]) &&
            (t.size() == 3 || t[3] == ' ' || t[3] == '-'))
            return Protocol::Smtp;
    }
    return Protocol::Other;
}

TraceTextParser::Result TraceTextParser::parse(const QByteArray &text, Protocol protocol,
                                               const Limits &limits)
{
    Result r;
    if (text.size() > limits.maxBytes) {
        r.error = tr("the transcript is larger than %1 bytes").arg(limits.maxBytes);
        return r;
    }
    QList<TranscriptLine> lines;
    QList<int> numbers;
    int number = 0;
    qsizetype from = 0;
    bool allTimed = true;
    while (from < text.size()) {
        qsizetype nl = text.indexOf('\n', from);
        if (nl < 0)
            nl = text.size();
        const QByteArray raw = text.mid(from, nl - from);
        from = nl + 1;
        ++number;
        if (raw.trimmed().isEmpty() || raw.startsWith('#'))
            continue;
        if (lines.size() >= limits.maxLines) {
            r.error = tr("the transcript has more than %1 lines").arg(limits.maxLines);
            r.errorLine = number;
            return r;
        }
        const std::optional<TranscriptLine> l = splitLine(raw);
        if (!l) {
            r.error = tr("line %1 is malformed: expected \"C: \", \"S: \" or \"*: \", "
                         "optionally after a \"+12.345ms \" timestamp")
                          .arg(number);
            r.errorLine = number;
            return r;
        }
        if (!lines.isEmpty() && l->offsetNs && lines.constLast().offsetNs &&
            *l->offsetNs < *lines.constLast().offsetNs) {
            r.error = tr("line %1: the timestamp goes backwards").arg(number);
            r.errorLine = number;
            return r;
        }
        allTimed = allTimed && l->offsetNs.has_value();
        lines.append(*l);
        numbers.append(number);
    }
    if (protocol == Protocol::Other)
        protocol = guessProtocol(lines);
    r.timed = allTimed && !lines.isEmpty();
    r.events.reserve(lines.size());
    qint64 lastTime = 0;
    bool insideTls = false; // the text does not say it, but everything after the handshake is
    for (qsizetype i = 0; i < lines.size(); ++i) {
        TraceEvent e = toEvent(lines.at(i), protocol);
        e.id = quint64(i + 1);
        insideTls = insideTls || e.kind == TraceKind::TlsHandshake;
        e.insideTls = insideTls;
        // A line without a timestamp among timed ones keeps the time before it.
        if (!lines.at(i).offsetNs)
            e.timestampNs = lastTime;
        lastTime = e.timestampNs;
        r.events.append(e);
    }
    return r;
}

} // namespace carteiro

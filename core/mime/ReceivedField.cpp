// SPDX-License-Identifier: GPL-3.0-or-later
#include "mime/ReceivedField.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QList>
#include <QRegularExpression>

namespace carteiro {

namespace {

// One translation context for the journey's words ("Journey").
struct TrJourney
{
    Q_DECLARE_TR_FUNCTIONS(Journey)
};

// The lexical pieces of RFC 5322 §3.2 a Received value is made of.
struct Token
{
    enum class Kind { Word, Comment, Angle, Literal, Quoted, Semicolon };
    Kind kind = Kind::Word;
    QByteArray text; // a comment without its outer parentheses, the rest as written
    qsizetype end = 0; // offset just after the token
};

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

// Reads up to `close` (quoted pairs honoured), from just after the opener.
qsizetype scanTo(const QByteArray &v, qsizetype i, char close)
{
    while (i < v.size() && v.at(i) != close)
        i += (v.at(i) == '\\' && i + 1 < v.size()) ? 2 : 1;
    return i;
}

// Splits the value into tokens in one pass. A comment deeper than
// kMaxCommentDepth or never closed is reported and ends the scan.
QList<Token> tokenize(const QByteArray &v, QString *problem)
{
    QList<Token> out;
    qsizetype i = 0;
    while (i < v.size()) {
        const char c = v.at(i);
        if (isSpace(c)) {
            ++i;
            continue;
        }
        Token t;
        if (c == '(') {
            int depth = 0;
            qsizetype j = i;
            for (; j < v.size(); ++j) {
                const char d = v.at(j);
                if (d == '\\') {
                    ++j;
                } else if (d == '(') {
                    if (++depth > ReceivedField::kMaxCommentDepth) {
                        *problem = TrJourney::tr("comments are nested more than %1 deep; the rest is shown as written")
                                       .arg(ReceivedField::kMaxCommentDepth);
                        return out;
                    }
                } else if (d == ')' && --depth == 0) {
                    break;
                }
            }
            if (j >= v.size()) {
                *problem = TrJourney::tr("a comment is never closed; the rest is shown as written");
                return out;
            }
            t.kind = Token::Kind::Comment;
            t.text = v.mid(i + 1, j - i - 1).simplified();
            i = j + 1;
        } else if (c == '"' || c == '<' || c == '[') {
            const char close = c == '"' ? '"' : c == '<' ? '>' : ']';
            const qsizetype j = scanTo(v, i + 1, close);
            t.kind = c == '"' ? Token::Kind::Quoted : c == '<' ? Token::Kind::Angle : Token::Kind::Literal;
            t.text = v.mid(i, qMin(j + 1, v.size()) - i);
            i = j + 1;
        } else if (c == ';') {
            t.kind = Token::Kind::Semicolon;
            t.text = ";";
            ++i;
        } else {
            qsizetype j = i;
            while (j < v.size() && !isSpace(v.at(j)) && !QByteArray("(\"<[;").contains(v.at(j)))
                ++j;
            if (j == i) // a stray closing character: a word of its own
                ++j;
            t.text = v.mid(i, j - i);
            i = j;
        }
        t.end = i;
        out.append(t);
    }
    return out;
}

QString text(const QByteArray &bytes)
{
    return QString::fromUtf8(bytes).simplified();
}

QString unbracket(QString s)
{
    if (s.size() >= 2 && ((s.front() == QLatin1Char('<') && s.back() == QLatin1Char('>')) ||
                          (s.front() == QLatin1Char('[') && s.back() == QLatin1Char(']'))))
        s = s.mid(1, s.size() - 2);
    return s.trimmed();
}

// "[IPv6:2001:db8::1]" or "192.0.2.1" -> the address, or empty.
QString addressIn(const QString &candidate)
{
    QString s = unbracket(candidate);
    if (s.startsWith(QLatin1String("IPv6:"), Qt::CaseInsensitive))
        s = s.mid(5);
    if (s.endsWith(QLatin1Char('.')))
        return {};
    return QHostAddress(s).isNull() ? QString() : s;
}

bool isKeyword(const QByteArray &word)
{
    static const QList<QByteArray> keywords = {"from", "by", "via", "with", "id", "for"};
    return keywords.contains(word.toLower());
}

// A comment after `from`: TCP-info "(host [ip])", "(ip)", "(helo=x)", "(HELO x)".
bool readClientComment(ReceivedField &f, const QString &c)
{
    static const QRegularExpression helo(QStringLiteral("^(?:helo=|HELO\\s+)(\\S+)$"),
                                         QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression tcpInfo(QStringLiteral("^(?:(\\S+)\\s+)?\\[([^\\]]+)\\]"));
    if (const auto m = helo.match(c); m.hasMatch()) {
        f.fromHelo = m.captured(1);
        return true;
    }
    if (const auto m = tcpInfo.match(c); m.hasMatch() && !addressIn(m.captured(2)).isEmpty()) {
        f.fromAddress = addressIn(m.captured(2));
        f.fromHost = m.captured(1);
        if (f.fromHost.endsWith(QLatin1Char('.')))
            f.fromHost.chop(1); // a rooted name, as Gmail writes it
        // Postfix's TCP-info may go on: "(host [ip]) (port ...)" is another comment.
        return true;
    }
    if (!addressIn(c).isEmpty()) {
        f.fromAddress = addressIn(c);
        return true;
    }
    return false;
}

// Comments that mean the same wherever they stand.
bool readAnyComment(ReceivedField &f, const QString &c)
{
    static const QRegularExpression exchangeOrSendmail(QStringLiteral("^version=\\S*TLS|\\bcipher="),
                                                       QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression bareTls(QStringLiteral("^TLS ?v?1[._]\\d\\b"),
                                            QRegularExpression::CaseInsensitiveOption);
    if (c.startsWith(QLatin1String("using "), Qt::CaseInsensitive)) { // Postfix
        f.tls = c.mid(6);
        return true;
    }
    if (exchangeOrSendmail.match(c).hasMatch() || (f.tls.isEmpty() && bareTls.match(c).hasMatch())) {
        f.tls = c;
        return true;
    }
    if (c.startsWith(QLatin1String("Authenticated sender:"), Qt::CaseInsensitive)) {
        f.authenticated = c.mid(21).trimmed();
        return true;
    }
    if (c.startsWith(QLatin1String("envelope-from"), Qt::CaseInsensitive)) {
        f.envelopeFrom = unbracket(c.mid(13).trimmed());
        return true;
    }
    return false;
}

void setClause(ReceivedField &f, const QByteArray &keyword, const QString &value)
{
    if (keyword == "from") {
        f.from = value;
        if (f.fromAddress.isEmpty())
            f.fromAddress = addressIn(value);
    } else if (keyword == "by") {
        f.by = value;
    } else if (keyword == "via") {
        f.via = value;
    } else if (keyword == "with") {
        f.with = value;
    } else if (keyword == "id") {
        f.id = unbracket(value);
    } else if (keyword == "for") {
        f.forAddress = unbracket(value);
    }
}

} // namespace

ReceivedField ReceivedField::parse(const QByteArray &value, bool cut)
{
    ReceivedField f;
    f.cut = cut || value.size() > kMaxFieldBytes;
    f.raw = value.left(kMaxFieldBytes);
    QString lexProblem;
    const QList<Token> tokens = tokenize(f.raw, &lexProblem);

    // The date follows the last ";" outside comments (RFC 5321 §4.4).
    qsizetype semicolon = -1;
    for (qsizetype i = tokens.size() - 1; i >= 0; --i)
        if (tokens.at(i).kind == Token::Kind::Semicolon) {
            semicolon = i;
            break;
        }
    if (semicolon >= 0 && lexProblem.isEmpty()) {
        f.dateText = text(f.raw.mid(tokens.at(semicolon).end));
        f.date = parseTraceDate(f.dateText.toLatin1());
    }

    QByteArray clause;      // the keyword whose clause is being read
    bool hasValue = false;  // it has its value
    bool commentSince = false; // a comment came after the value
    const qsizetype stop = semicolon >= 0 ? semicolon : tokens.size();
    for (qsizetype i = 0; i < stop; ++i) {
        const Token &t = tokens.at(i);
        if (t.kind == Token::Kind::Comment) {
            const QString c = text(t.text);
            commentSince = hasValue;
            if (readAnyComment(f, c))
                continue;
            if (clause == "from" && readClientComment(f, c))
                continue;
            if (clause == "by" && f.bySoftware.isEmpty() && hasValue) {
                f.bySoftware = c;
                continue;
            }
            f.comments.append(c);
            continue;
        }
        if (t.kind == Token::Kind::Semicolon) { // an earlier ";" (not the date's)
            f.extra.append(QStringLiteral(";"));
            continue;
        }
        const QString word = text(t.text);
        if (t.kind == Token::Kind::Word && isKeyword(t.text) && (clause.isEmpty() || hasValue)) {
            clause = t.text.toLower();
            hasValue = false;
            commentSince = false;
            continue;
        }
        if (!clause.isEmpty() && !hasValue) {
            setClause(f, clause, word);
            hasValue = true;
        } else if (clause == "with" && !commentSince) {
            f.with += QLatin1Char(' ') + word; // "with Microsoft SMTP Server" (Exchange)
        } else {
            f.extra.append(word); // Exim's "tls TLS_AES_..." and other unregistered clauses
        }
    }
    f.understood = !f.from.isEmpty() || !f.by.isEmpty();
    if (!lexProblem.isEmpty())
        f.problem = lexProblem;
    else if (!f.understood)
        f.problem = TrJourney::tr("not in the form of RFC 5321 §4.4 (no \"from\" or \"by\"); shown as written");
    else if (semicolon < 0)
        f.problem = TrJourney::tr("no \";\" before a date: when it was received is unknown");
    else if (!f.date.isValid())
        f.problem = TrJourney::tr("the date \"%1\" cannot be read").arg(f.dateText.left(80));
    if (f.cut) {
        const QString cut = TrJourney::tr("longer than %1 bytes: cut there").arg(kMaxFieldBytes);
        f.problem = f.problem.isEmpty() ? cut : f.problem + QStringLiteral("; ") + cut;
    }
    return f;
}

WithType explainWith(const QString &with)
{
    WithType w;
    QString p = with.trimmed().toUpper();
    if (p == QLatin1String("MICROSOFT SMTP SERVER")) { // Exchange: TLS, if any, is in its comment
        w.known = true;
        w.protocol = QStringLiteral("SMTP");
        w.text = TrJourney::tr("SMTP between Microsoft Exchange servers; the comment says whether TLS was used.");
        w.source = QStringLiteral("RFC 5321 §4.4");
        return w;
    }
    if (p == QLatin1String("LOCAL") || p == QLatin1String("HTTP") || p == QLatin1String("HTTPS")) {
        w.known = true;
        w.protocol = p == QLatin1String("LOCAL") ? QStringLiteral("local") : p;
        w.tls = p == QLatin1String("HTTPS");
        w.text = p == QLatin1String("LOCAL")
                     ? TrJourney::tr("Handed over inside the server itself (a local program), not over the network.")
                     : TrJourney::tr("Written in a web mail page and handed over over HTTP, not by a mail client over SMTP.");
        w.source = QStringLiteral("RFC 5321 §4.4");
        return w;
    }
    // SMTP, ESMTP, LMTP, UTF8SMTP, UTF8LMTP, each with S (TLS) and/or A (AUTH);
    // "SMTPS" is not registered, but Gmail writes it for SMTP over TLS.
    static const QRegularExpression form(QStringLiteral("^(UTF8SMTP|UTF8LMTP|ESMTP|SMTP|LMTP)(S?)(A?)$"));
    const auto m = form.match(p);
    if (!m.hasMatch())
        return w;
    w.known = true;
    const QString base = m.captured(1);
    w.tls = !m.captured(2).isEmpty();
    w.authenticated = !m.captured(3).isEmpty();
    const bool lmtp = base.contains(QLatin1String("LMTP"));
    w.protocol = lmtp ? QStringLiteral("LMTP") : QStringLiteral("SMTP");
    QStringList parts;
    if (lmtp)
        parts << TrJourney::tr("LMTP (RFC 2033): the mail server handed the message to the mailbox server, which files it "
                    "in the recipient's mailbox.");
    else if (base == QLatin1String("SMTP") && !w.tls && !w.authenticated)
        parts << TrJourney::tr("Plain SMTP (RFC 5321): the client greeted with HELO, without service extensions.");
    else
        parts << TrJourney::tr("SMTP with service extensions (the client greeted with EHLO, RFC 5321).");
    if (base.startsWith(QLatin1String("UTF8")))
        parts << TrJourney::tr("Addresses and headers may be in UTF-8 (SMTPUTF8, RFC 6531).");
    if (w.tls)
        parts << TrJourney::tr("Protected by TLS (STARTTLS, RFC 3207, or a TLS port).");
    else
        parts << TrJourney::tr("Not protected by TLS on this hop.");
    if (w.authenticated)
        parts << TrJourney::tr("The client logged in (SMTP AUTH, RFC 4954).");
    w.text = parts.join(QLatin1Char(' '));
    w.source = base.startsWith(QLatin1String("UTF8")) ? QStringLiteral("RFC 6531 §3.7.3") : QStringLiteral("RFC 3848");
    return w;
}

QDateTime parseTraceDate(const QByteArray &value)
{
    // Comments out ("(UTC)", "(CET)"), then what Qt reads as RFC 2822.
    QByteArray plain;
    int depth = 0;
    for (const char c : value.left(256)) {
        if (c == '(')
            ++depth;
        else if (c == ')' && depth > 0)
            --depth;
        else if (depth == 0)
            plain.append(c);
    }
    QString s = QString::fromLatin1(plain).simplified();
    // Obsolete zones (RFC 5322 §4.3): "UT" and "GMT" are +0000; "-0000" too.
    static const QRegularExpression zone(QStringLiteral("\\s(UT|GMT|Z)$"), QRegularExpression::CaseInsensitiveOption);
    s.replace(zone, QStringLiteral(" +0000"));
    if (s.endsWith(QLatin1String(" -0000")))
        s = s.left(s.size() - 5) + QStringLiteral("+0000");
    const QDateTime d = QDateTime::fromString(s, Qt::RFC2822Date);
    return d.isValid() ? d.toUTC() : QDateTime();
}

} // namespace carteiro

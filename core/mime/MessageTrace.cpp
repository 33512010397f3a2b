// SPDX-License-Identifier: GPL-3.0-or-later
#include "mime/MessageTrace.h"

#include "mime/HeaderFields.h"

#include <QCoreApplication>

namespace carteiro {

namespace {

// One translation context for the journey's words ("Journey").
struct TrJourney
{
    Q_DECLARE_TR_FUNCTIONS(Journey)
};

// Splits at ";" outside quoted strings and comments (RFC 8601 §2.2, RFC 6376 §3.2).
QList<QByteArray> splitSemicolons(const QByteArray &v)
{
    QList<QByteArray> out;
    QByteArray current;
    int depth = 0;
    bool quoted = false;
    for (qsizetype i = 0; i < v.size(); ++i) {
        const char c = v.at(i);
        if (c == '\\' && i + 1 < v.size()) {
            current.append(c).append(v.at(++i));
            continue;
        }
        if (c == '"' && depth == 0)
            quoted = !quoted;
        else if (!quoted && c == '(')
            ++depth;
        else if (!quoted && c == ')' && depth > 0)
            --depth;
        if (c == ';' && depth == 0 && !quoted) {
            out.append(current.simplified());
            current.clear();
            continue;
        }
        current.append(c);
    }
    out.append(current.simplified());
    return out;
}

TraceClaim readClaim(TraceClaim::Kind kind, const QByteArray &value)
{
    TraceClaim c;
    c.kind = kind;
    c.raw = value.left(ReceivedField::kMaxFieldBytes);
    switch (kind) {
    case TraceClaim::Kind::ReturnPath:
        c.results.append(QString::fromUtf8(c.raw.simplified()));
        break;
    case TraceClaim::Kind::AuthenticationResults: {
        const QList<QByteArray> parts = splitSemicolons(c.raw);
        c.addedBy = QString::fromUtf8(parts.value(0).split(' ').value(0));
        for (qsizetype i = 1; i < parts.size() && c.results.size() < 20; ++i)
            if (!parts.at(i).isEmpty())
                c.results.append(QString::fromUtf8(parts.at(i).left(300)));
        break;
    }
    case TraceClaim::Kind::DkimSignature:
        for (const QByteArray &tag : splitSemicolons(c.raw)) {
            QByteArray compact = tag;
            compact.replace(' ', "").replace('\t', "");
            if (compact.startsWith("d="))
                c.addedBy = QString::fromUtf8(compact.mid(2));
            else if (compact.startsWith("s=") || compact.startsWith("a=") || compact.startsWith("h="))
                c.results.append(QString::fromUtf8(compact.left(300)));
        }
        break;
    }
    return c;
}

QString resultOf(const TraceClaim &c, const char *prefix)
{
    for (const QString &r : c.results)
        if (r.startsWith(QLatin1String(prefix)))
            return r.mid(2);
    return {};
}

} // namespace

QString TraceClaim::name() const
{
    switch (kind) {
    case Kind::ReturnPath: return QStringLiteral("Return-Path");
    case Kind::AuthenticationResults: return QStringLiteral("Authentication-Results");
    case Kind::DkimSignature: return QStringLiteral("DKIM-Signature");
    }
    return {};
}

QString TraceClaim::explanation() const
{
    const QString who = addedBy.isEmpty() ? TrJourney::tr("an unnamed server") : addedBy;
    switch (kind) {
    case Kind::ReturnPath:
        return TrJourney::tr("The envelope sender (MAIL FROM) as the delivering server received it, written at final "
                  "delivery (RFC 5321 §4.4): bounces go there. It may differ from From:. Added by the "
                  "delivering server; not verified by Carteiro.");
    case Kind::AuthenticationResults:
        return TrJourney::tr("The checks (SPF, DKIM, DMARC) that %1 says it made when the message arrived (RFC 8601). "
                  "A claim added by %1, not verified by Carteiro: believe it only when %1 is your own "
                  "provider's server, which removes such fields from outside.").arg(who);
    case Kind::DkimSignature:
        return TrJourney::tr("A signature by the domain %1 (selector %2) over some header fields and the body "
                  "(RFC 6376). Carteiro does not check it: only a server that fetched the key from DNS can "
                  "say whether it holds (see Authentication-Results).")
            .arg(who, resultOf(*this, "s=").isEmpty() ? TrJourney::tr("not named") : resultOf(*this, "s="));
    }
    return {};
}

MessageTrace MessageTrace::read(const QByteArray &raw)
{
    MessageTrace t;
    // One field at a time: name, then the value with its continuation lines
    // unfolded (RFC 5322 §2.2.3), kept up to one byte past the cap.
    QByteArray name;
    QByteArray value;
    bool overCap = false;
    auto finish = [&] {
        if (name.isEmpty())
            return;
        const QByteArray n = name.trimmed().toLower(); // "Subject   :" is obsolete but allowed (RFC 5322 §4.5)
        if (n == "received") {
            ++t.receivedTotal;
            if (t.received.size() < kMaxHops)
                t.received.append(ReceivedField::parse(value.trimmed(), overCap));
        } else if (n == "message-id" && t.messageId.isEmpty()) {
            t.messageId = value.simplified().left(998);
        } else if (n == "subject" && t.subject.isEmpty()) {
            t.subject = HeaderFields::decodeWords(value.left(ReceivedField::kMaxFieldBytes)).trimmed();
        } else if (n == "date" && !t.date.isValid()) {
            t.date = parseTraceDate(value);
        } else if (t.claims.size() < kMaxClaims) {
            if (n == "return-path")
                t.claims.append(readClaim(TraceClaim::Kind::ReturnPath, value.trimmed()));
            else if (n == "authentication-results")
                t.claims.append(readClaim(TraceClaim::Kind::AuthenticationResults, value.trimmed()));
            else if (n == "dkim-signature")
                t.claims.append(readClaim(TraceClaim::Kind::DkimSignature, value.trimmed()));
        }
        name.clear();
        value.clear();
        overCap = false;
    };
    qsizetype pos = 0;
    bool ended = false;
    while (pos < raw.size()) {
        qsizetype eol = raw.indexOf('\n', pos);
        const qsizetype next = eol < 0 ? raw.size() : eol + 1;
        qsizetype lineEnd = eol < 0 ? raw.size() : eol;
        if (lineEnd > pos && raw.at(lineEnd - 1) == '\r')
            --lineEnd;
        const qsizetype length = lineEnd - pos;
        if (length == 0) {
            ended = true;
            break;
        }
        const char first = raw.at(pos);
        auto appendValue = [&](qsizetype from) {
            const qsizetype room = ReceivedField::kMaxFieldBytes - value.size();
            const qsizetype take = qMin(room, lineEnd - from);
            if (take > 0)
                value.append(raw.constData() + from, take);
            if (lineEnd - from > take)
                overCap = true;
        };
        if (first == ' ' || first == '\t') {
            if (!name.isEmpty()) {
                value.append(' ');
                appendValue(pos);
            }
        } else {
            finish();
            const qsizetype colon = raw.indexOf(':', pos);
            if (colon > pos && colon < lineEnd && colon - pos <= 998) {
                name = raw.mid(pos, colon - pos);
                appendValue(colon + 1);
            }
        }
        pos = next;
    }
    finish();
    if (!ended)
        t.problems.append(TrJourney::tr("no empty line ends the header: the whole file was read as header"));
    if (t.receivedTotal > t.received.size())
        t.problems.append(TrJourney::tr("%1 Received fields: only the newest %2 are read")
                              .arg(t.receivedTotal)
                              .arg(t.received.size()));
    return t;
}

} // namespace carteiro

// SPDX-License-Identifier: GPL-3.0-or-later
#include "trace/CapabilityUsage.h"

#include <QRegularExpression>

namespace carteiro {

namespace {
QList<QByteArray> words(const QByteArray &line)
{
    QList<QByteArray> out;
    for (const QByteArray &w : line.split(' '))
        if (!w.isEmpty())
            out << w;
    return out;
}

QString latin(const QByteArray &b)
{
    return QString::fromLatin1(b);
}

// A literal announcement at the end of a line: "{12}" or "{12+}" (RFC 7888).
bool endsWithNonSyncLiteral(const QByteArray &line)
{
    static const QRegularExpression re(QStringLiteral("\\{[0-9]+[+-]\\}$"));
    return re.match(QString::fromLatin1(line)).hasMatch();
}
} // namespace

QByteArray CapabilityUsage::verb(const QByteArray &line)
{
    const qsizetype sp = line.indexOf(' ');
    return (sp < 0 ? line : line.left(sp)).toUpper();
}

QList<CapabilityUse> CapabilityUsage::smtp(const QByteArray &line)
{
    QList<CapabilityUse> out;
    const QByteArray v = verb(line);
    const QList<QByteArray> w = words(line);
    if (v == "STARTTLS") { // RFC 3207 §4
        out.append({QStringLiteral("STARTTLS"), {}});
    } else if (v == "AUTH" && w.size() >= 2) { // RFC 4954 §4
        out.append({QStringLiteral("AUTH"), latin(w.at(1).toUpper())});
    } else if (v == "BDAT") { // RFC 3030 §2
        out.append({QStringLiteral("CHUNKING"), {}});
    } else if (v == "VRFY" || v == "ETRN" || v == "ATRN" || v == "EXPN" || v == "HELP") {
        out.append({latin(v), {}});
    } else if (v == "MAIL" || v == "RCPT") {
        // Parameters after the path (RFC 5321 §4.1.2 Mail-parameters / Rcpt-parameters).
        const qsizetype close = line.indexOf('>');
        const QList<QByteArray> params = words(close < 0 ? QByteArray() : line.mid(close + 1));
        for (const QByteArray &p : params) {
            const qsizetype eq = p.indexOf('=');
            const QByteArray key = (eq < 0 ? p : p.left(eq)).toUpper();
            const QByteArray value = eq < 0 ? QByteArray() : p.mid(eq + 1);
            if (key == "SIZE") // RFC 1870 §6
                out.append({QStringLiteral("SIZE"), latin(value)});
            else if (key == "BODY" && value.toUpper() == "8BITMIME") // RFC 6152 §3
                out.append({QStringLiteral("8BITMIME"), latin(value)});
            else if (key == "BODY" && value.toUpper() == "BINARYMIME") // RFC 3030 §3
                out.append({QStringLiteral("BINARYMIME"), latin(value)});
            else if (key == "SMTPUTF8") // RFC 6531 §3.4
                out.append({QStringLiteral("SMTPUTF8"), {}});
            else if (key == "RET" || key == "ENVID" || key == "NOTIFY" ||
                     key == "ORCPT") // RFC 3461 §4
                out.append({QStringLiteral("DSN"), latin(key)});
            else if (key == "REQUIRETLS") // RFC 8689 §4
                out.append({QStringLiteral("REQUIRETLS"), {}});
            else if (key == "MT-PRIORITY") // RFC 6710 §4
                out.append({QStringLiteral("MT-PRIORITY"), latin(value)});
            else if (key == "BY") // RFC 2852 §4
                out.append({QStringLiteral("DELIVERBY"), latin(value)});
            else if (key == "AUTH") // RFC 4954 §5
                out.append({QStringLiteral("AUTH"), {}});
        }
    }
    return out;
}

QList<CapabilityUse> CapabilityUsage::imap(const QByteArray &command)
{
    QList<CapabilityUse> out;
    const QList<QByteArray> w = words(command);
    if (w.isEmpty())
        return out;
    QByteArray v = w.at(0).toUpper();
    int argAt = 1;
    if (v == "UID" && w.size() >= 2) {
        v = "UID " + w.at(1).toUpper();
        argAt = 2;
    }
    const QByteArray upper = command.toUpper();
    if (v == "STARTTLS") { // RFC 9051 §6.2.1
        out.append({QStringLiteral("STARTTLS"), {}});
    } else if (v == "AUTHENTICATE" && w.size() > argAt) { // RFC 9051 §6.2.2
        const QString mech = latin(w.at(argAt).toUpper());
        out.append({QStringLiteral("AUTH=") + mech, mech});
        if (w.size() > argAt + 1) // an initial response on the command line: RFC 4959 §3
            out.append({QStringLiteral("SASL-IR"), mech});
    } else if (v == "ENABLE") { // RFC 5161 §3.1
        out.append({QStringLiteral("ENABLE"), {}});
        for (int i = argAt; i < w.size(); ++i)
            out.append({latin(w.at(i).toUpper()), QStringLiteral("ENABLE")});
    } else if (v == "IDLE") { // RFC 2177 §3
        out.append({QStringLiteral("IDLE"), {}});
    } else if (v == "MOVE" || v == "UID MOVE") { // RFC 6851 §3
        out.append({QStringLiteral("MOVE"), latin(v)});
    } else if (v == "UID EXPUNGE") { // RFC 4315 §2.1
        out.append({QStringLiteral("UIDPLUS"), latin(v)});
    } else if (v == "ID") { // RFC 2971 §3.1
        out.append({QStringLiteral("ID"), {}});
    } else if (v == "NAMESPACE") { // RFC 2342 §5
        out.append({QStringLiteral("NAMESPACE"), {}});
    } else if (v == "UNSELECT") { // RFC 3691 §2
        out.append({QStringLiteral("UNSELECT"), {}});
    } else if (v == "COMPRESS" && w.size() > argAt) { // RFC 4978 §3
        out.append({QStringLiteral("COMPRESS=") + latin(w.at(argAt).toUpper()), {}});
    } else if (v == "SORT" || v == "UID SORT") { // RFC 5256 §3
        out.append({QStringLiteral("SORT"), {}});
    } else if ((v == "THREAD" || v == "UID THREAD") && w.size() > argAt) { // RFC 5256 §3
        out.append({QStringLiteral("THREAD=") + latin(w.at(argAt).toUpper()), {}});
    } else if (v == "GETQUOTA" || v == "GETQUOTAROOT" || v == "SETQUOTA") { // RFC 9208 §4
        out.append({QStringLiteral("QUOTA"), {}});
    } else if (v == "GETMETADATA" || v == "SETMETADATA") { // RFC 5464 §4
        out.append({QStringLiteral("METADATA"), {}});
    } else if (v == "SELECT" || v == "EXAMINE") {
        if (upper.contains("(CONDSTORE")) // RFC 7162 §3.1.8
            out.append({QStringLiteral("CONDSTORE"), latin(v)});
        if (upper.contains("(QRESYNC")) // RFC 7162 §3.2.5
            out.append({QStringLiteral("QRESYNC"), latin(v)});
    } else if (v == "FETCH" || v == "UID FETCH") {
        if (upper.contains("CHANGEDSINCE") || upper.contains("MODSEQ")) // RFC 7162 §3.1.4
            out.append({QStringLiteral("CONDSTORE"), latin(v)});
        if (upper.contains("VANISHED")) // RFC 7162 §3.2.6
            out.append({QStringLiteral("QRESYNC"), latin(v)});
    } else if (v == "STORE" || v == "UID STORE") {
        if (upper.contains("UNCHANGEDSINCE")) // RFC 7162 §3.1.3
            out.append({QStringLiteral("CONDSTORE"), latin(v)});
    } else if (v == "SEARCH" || v == "UID SEARCH") {
        if (upper.contains(" RETURN (")) // RFC 4731 §3.1
            out.append({QStringLiteral("ESEARCH"), latin(v)});
    } else if (v == "LIST") {
        if (upper.contains("RETURN (") && upper.contains("STATUS")) // RFC 5819 §2
            out.append({QStringLiteral("LIST-STATUS"), {}});
        if (upper.contains("SPECIAL-USE")) // RFC 6154 §2
            out.append({QStringLiteral("SPECIAL-USE"), {}});
        if (upper.contains("RETURN (") || command.trimmed().startsWith("LIST (")) // RFC 5258 §3
            out.append({QStringLiteral("LIST-EXTENDED"), {}});
    } else if (v == "STATUS" && upper.contains("SIZE")) { // RFC 8438 §3
        out.append({QStringLiteral("STATUS=SIZE"), {}});
    }
    if (endsWithNonSyncLiteral(command)) // RFC 7888 §4
        out.append(
            {command.endsWith("-}") ? QStringLiteral("LITERAL-") : QStringLiteral("LITERAL+"), {}});
    return out;
}

QList<CapabilityUse> CapabilityUsage::pop3(const QByteArray &line)
{
    QList<CapabilityUse> out;
    const QByteArray v = verb(line);
    const QList<QByteArray> w = words(line);
    if (v == "STLS") // RFC 2595 §4
        out.append({QStringLiteral("STLS"), {}});
    else if (v == "UIDL") // RFC 2449 §6.7
        out.append({QStringLiteral("UIDL"), {}});
    else if (v == "TOP") // RFC 2449 §6.6
        out.append({QStringLiteral("TOP"), {}});
    else if (v == "USER") // RFC 2449 §6.8
        out.append({QStringLiteral("USER"), {}});
    else if (v == "AUTH" && w.size() >= 2) // RFC 5034 §4
        out.append({QStringLiteral("SASL"), latin(w.at(1).toUpper())});
    return out;
}

} // namespace carteiro

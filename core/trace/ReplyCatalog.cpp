// SPDX-License-Identifier: GPL-3.0-or-later
#include "trace/ReplyCatalog.h"

#include "trace/ReplyCatalogTables.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <iterator>

// The catalog is data: static tables of (code, text, source). Texts are marked
// for lupdate with QT_TRANSLATE_NOOP and translated when looked up, so the
// tables themselves never change with the language. Sources are RFC citations
// and stay untranslated.

namespace carteiro {
using reply_detail::KeyedEntry;
using reply_detail::KeyedTable;
namespace {

// ---- SMTP basic reply codes ------------------------------------------------

struct SmtpEntry
{
    int code;
    const char *meaning;
    const char *note; // nullptr when the RFC adds nothing
    const char *source;
};

// RFC 5321 §4.2.2 (by function) and §4.2.3 (numeric order) give the same
// texts; the catalog cites §4.2.3. "<domain>" is left out of 220/221/421:
// in a real reply it is the domain that stands there.
constexpr SmtpEntry kSmtpCodes[] = {
    {211, QT_TRANSLATE_NOOP("ReplyCatalog", "System status, or system help reply"), nullptr,
     "RFC 5321 §4.2.3"},
    {214, QT_TRANSLATE_NOOP("ReplyCatalog", "Help message"),
     QT_TRANSLATE_NOOP(
         "ReplyCatalog",
         "Information on how to use the receiver or the meaning of a particular non-standard "
         "command; this reply is useful only to the human user"),
     "RFC 5321 §4.2.3"},
    {220, QT_TRANSLATE_NOOP("ReplyCatalog", "Service ready"), nullptr, "RFC 5321 §4.2.3"},
    {221, QT_TRANSLATE_NOOP("ReplyCatalog", "Service closing transmission channel"), nullptr,
     "RFC 5321 §4.2.3"},
    {235, QT_TRANSLATE_NOOP("ReplyCatalog", "Authentication succeeded"), nullptr, "RFC 4954 §6"},
    {250, QT_TRANSLATE_NOOP("ReplyCatalog", "Requested mail action okay, completed"), nullptr,
     "RFC 5321 §4.2.3"},
    {251, QT_TRANSLATE_NOOP("ReplyCatalog", "User not local; will forward to <forward-path>"),
     nullptr, "RFC 5321 §4.2.3, §3.4"},
    {252,
     QT_TRANSLATE_NOOP("ReplyCatalog",
                       "Cannot VRFY user, but will accept message and attempt delivery"),
     nullptr, "RFC 5321 §4.2.3, §3.5.3"},
    {334,
     QT_TRANSLATE_NOOP("ReplyCatalog", "Server challenge: continue the authentication exchange"),
     QT_TRANSLATE_NOOP(
         "ReplyCatalog",
         "The text of the reply is the challenge of the SASL mechanism, encoded in base64"),
     "RFC 4954 §4"},
    {354, QT_TRANSLATE_NOOP("ReplyCatalog", "Start mail input; end with <CRLF>.<CRLF>"), nullptr,
     "RFC 5321 §4.2.3"},
    {421, QT_TRANSLATE_NOOP("ReplyCatalog", "Service not available, closing transmission channel"),
     QT_TRANSLATE_NOOP("ReplyCatalog",
                       "This may be a reply to any command if the service knows it must shut down"),
     "RFC 5321 §4.2.3"},
    {432, QT_TRANSLATE_NOOP("ReplyCatalog", "A password transition is needed"), nullptr,
     "RFC 4954 §6"},
    {450, QT_TRANSLATE_NOOP("ReplyCatalog", "Requested mail action not taken: mailbox unavailable"),
     QT_TRANSLATE_NOOP("ReplyCatalog",
                       "E.g., mailbox busy or temporarily blocked for policy reasons"),
     "RFC 5321 §4.2.3"},
    {451, QT_TRANSLATE_NOOP("ReplyCatalog", "Requested action aborted: local error in processing"),
     nullptr, "RFC 5321 §4.2.3"},
    {452,
     QT_TRANSLATE_NOOP("ReplyCatalog", "Requested action not taken: insufficient system storage"),
     nullptr, "RFC 5321 §4.2.3"},
    {454, QT_TRANSLATE_NOOP("ReplyCatalog", "Temporary authentication failure"),
     QT_TRANSLATE_NOOP(
         "ReplyCatalog",
         "In reply to STARTTLS: TLS not available due to temporary reason (RFC 3207)"),
     "RFC 4954 §6; RFC 3207 §4"},
    {455, QT_TRANSLATE_NOOP("ReplyCatalog", "Server unable to accommodate parameters"), nullptr,
     "RFC 5321 §4.2.3"},
    {500, QT_TRANSLATE_NOOP("ReplyCatalog", "Syntax error, command unrecognized"),
     QT_TRANSLATE_NOOP("ReplyCatalog", "This may include errors such as command line too long"),
     "RFC 5321 §4.2.3"},
    {501, QT_TRANSLATE_NOOP("ReplyCatalog", "Syntax error in parameters or arguments"), nullptr,
     "RFC 5321 §4.2.3"},
    {502, QT_TRANSLATE_NOOP("ReplyCatalog", "Command not implemented"), nullptr,
     "RFC 5321 §4.2.3, §4.2.4"},
    {503, QT_TRANSLATE_NOOP("ReplyCatalog", "Bad sequence of commands"), nullptr,
     "RFC 5321 §4.2.3"},
    {504, QT_TRANSLATE_NOOP("ReplyCatalog", "Command parameter not implemented"), nullptr,
     "RFC 5321 §4.2.3"},
    {521, QT_TRANSLATE_NOOP("ReplyCatalog", "Host does not accept mail"), nullptr, "RFC 7504"},
    {530, QT_TRANSLATE_NOOP("ReplyCatalog", "Authentication required"),
     QT_TRANSLATE_NOOP(
         "ReplyCatalog",
         "On a server that requires TLS first: Must issue a STARTTLS command first (RFC 3207)"),
     "RFC 4954 §6; RFC 3207 §4"},
    {534, QT_TRANSLATE_NOOP("ReplyCatalog", "Authentication mechanism is too weak"), nullptr,
     "RFC 4954 §6"},
    {535, QT_TRANSLATE_NOOP("ReplyCatalog", "Authentication credentials invalid"), nullptr,
     "RFC 4954 §6"},
    {538,
     QT_TRANSLATE_NOOP("ReplyCatalog",
                       "Encryption required for requested authentication mechanism"),
     nullptr, "RFC 4954 §6"},
    {550, QT_TRANSLATE_NOOP("ReplyCatalog", "Requested action not taken: mailbox unavailable"),
     QT_TRANSLATE_NOOP(
         "ReplyCatalog",
         "E.g., mailbox not found, no access, or command rejected for policy reasons"),
     "RFC 5321 §4.2.3"},
    {551, QT_TRANSLATE_NOOP("ReplyCatalog", "User not local; please try <forward-path>"), nullptr,
     "RFC 5321 §4.2.3, §3.4"},
    {552,
     QT_TRANSLATE_NOOP("ReplyCatalog",
                       "Requested mail action aborted: exceeded storage allocation"),
     nullptr, "RFC 5321 §4.2.3"},
    {553, QT_TRANSLATE_NOOP("ReplyCatalog", "Requested action not taken: mailbox name not allowed"),
     QT_TRANSLATE_NOOP("ReplyCatalog", "E.g., mailbox syntax incorrect"), "RFC 5321 §4.2.3"},
    {554, QT_TRANSLATE_NOOP("ReplyCatalog", "Transaction failed"),
     QT_TRANSLATE_NOOP(
         "ReplyCatalog",
         "Or, in the case of a connection-opening response, \"No SMTP service here\""),
     "RFC 5321 §4.2.3"},
    {555,
     QT_TRANSLATE_NOOP("ReplyCatalog",
                       "MAIL FROM/RCPT TO parameters not recognized or not implemented"),
     nullptr, "RFC 5321 §4.2.3"},
    {556, QT_TRANSLATE_NOOP("ReplyCatalog", "Domain does not accept mail"), nullptr, "RFC 7504"},
};

// RFC 5321 §4.2.1: the first digit (class) ...
constexpr const char *kSmtpClasses[] = {
    nullptr,
    QT_TRANSLATE_NOOP("ReplyCatalog", "Positive Preliminary reply"),
    QT_TRANSLATE_NOOP("ReplyCatalog", "Positive Completion reply"),
    QT_TRANSLATE_NOOP("ReplyCatalog", "Positive Intermediate reply"),
    QT_TRANSLATE_NOOP("ReplyCatalog", "Transient Negative Completion reply"),
    QT_TRANSLATE_NOOP("ReplyCatalog", "Permanent Negative Completion reply"),
};
// ... and the second digit (category).
constexpr const char *kSmtpCategories[] = {
    QT_TRANSLATE_NOOP("ReplyCatalog",
                      "Syntax: syntax errors, unimplemented or superfluous commands"),
    QT_TRANSLATE_NOOP("ReplyCatalog",
                      "Information: replies to requests for information, such as status or help"),
    QT_TRANSLATE_NOOP("ReplyCatalog", "Connections: replies referring to the transmission channel"),
    QT_TRANSLATE_NOOP("ReplyCatalog", "Unspecified"),
    QT_TRANSLATE_NOOP("ReplyCatalog", "Unspecified"),
    QT_TRANSLATE_NOOP("ReplyCatalog",
                      "Mail system: status of the receiver mail system for the requested action"),
};
constexpr const char kSmtpTheorySource[] = "RFC 5321 §4.2.1";

// ---- Enhanced status codes (RFC 3463 and the IANA registry of RFC 5248) ----

constexpr KeyedEntry kEnhancedClasses[] = {
    {"2", QT_TRANSLATE_NOOP("ReplyCatalog", "Success"), "RFC 3463 §2"},
    {"4", QT_TRANSLATE_NOOP("ReplyCatalog", "Persistent Transient Failure"), "RFC 3463 §2"},
    {"5", QT_TRANSLATE_NOOP("ReplyCatalog", "Permanent Failure"), "RFC 3463 §2"},
};

constexpr KeyedEntry kEnhancedSubjects[] = {
    {"0", QT_TRANSLATE_NOOP("ReplyCatalog", "Other or Undefined Status"), "RFC 3463 §2"},
    {"1", QT_TRANSLATE_NOOP("ReplyCatalog", "Addressing Status"), "RFC 3463 §2"},
    {"2", QT_TRANSLATE_NOOP("ReplyCatalog", "Mailbox Status"), "RFC 3463 §2"},
    {"3", QT_TRANSLATE_NOOP("ReplyCatalog", "Mail System Status"), "RFC 3463 §2"},
    {"4", QT_TRANSLATE_NOOP("ReplyCatalog", "Network and Routing Status"), "RFC 3463 §2"},
    {"5", QT_TRANSLATE_NOOP("ReplyCatalog", "Mail Delivery Protocol Status"), "RFC 3463 §2"},
    {"6", QT_TRANSLATE_NOOP("ReplyCatalog", "Message Content or Media Status"), "RFC 3463 §2"},
    {"7", QT_TRANSLATE_NOOP("ReplyCatalog", "Security or Policy Status"), "RFC 3463 §2"},
};

// subject.detail -> detail meaning. RFC 3463 §3.1-§3.8, then the codes the
// IANA registry (RFC 5248) gained later, each with the RFC that registered it.
constexpr KeyedEntry kEnhancedDetails[] = {
    // §3.1 Other or undefined status
    {"0.0", QT_TRANSLATE_NOOP("ReplyCatalog", "Other undefined Status"), "RFC 3463 §3.1"},
    // §3.2 Address status
    {"1.0", QT_TRANSLATE_NOOP("ReplyCatalog", "Other address status"), "RFC 3463 §3.2"},
    {"1.1", QT_TRANSLATE_NOOP("ReplyCatalog", "Bad destination mailbox address"), "RFC 3463 §3.2"},
    {"1.2", QT_TRANSLATE_NOOP("ReplyCatalog", "Bad destination system address"), "RFC 3463 §3.2"},
    {"1.3", QT_TRANSLATE_NOOP("ReplyCatalog", "Bad destination mailbox address syntax"),
     "RFC 3463 §3.2"},
    {"1.4", QT_TRANSLATE_NOOP("ReplyCatalog", "Destination mailbox address ambiguous"),
     "RFC 3463 §3.2"},
    {"1.5", QT_TRANSLATE_NOOP("ReplyCatalog", "Destination address valid"), "RFC 3463 §3.2"},
    {"1.6",
     QT_TRANSLATE_NOOP("ReplyCatalog", "Destination mailbox has moved, No forwarding address"),
     "RFC 3463 §3.2"},
    {"1.7", QT_TRANSLATE_NOOP("ReplyCatalog", "Bad sender's mailbox address syntax"),
     "RFC 3463 §3.2"},
    {"1.8", QT_TRANSLATE_NOOP("ReplyCatalog", "Bad sender's system address"), "RFC 3463 §3.2"},
    {"1.9", QT_TRANSLATE_NOOP("ReplyCatalog", "Message relayed to non-compliant mailer"),
     "RFC 3886"},
    {"1.10", QT_TRANSLATE_NOOP("ReplyCatalog", "Recipient address has null MX"), "RFC 7505"},
    // §3.3 Mailbox status
    {"2.0", QT_TRANSLATE_NOOP("ReplyCatalog", "Other or undefined mailbox status"),
     "RFC 3463 §3.3"},
    {"2.1", QT_TRANSLATE_NOOP("ReplyCatalog", "Mailbox disabled, not accepting messages"),
     "RFC 3463 §3.3"},
    {"2.2", QT_TRANSLATE_NOOP("ReplyCatalog", "Mailbox full"), "RFC 3463 §3.3"},
    {"2.3", QT_TRANSLATE_NOOP("ReplyCatalog", "Message length exceeds administrative limit"),
     "RFC 3463 §3.3"},
    {"2.4", QT_TRANSLATE_NOOP("ReplyCatalog", "Mailing list expansion problem"), "RFC 3463 §3.3"},
    // §3.4 Mail system status
    {"3.0", QT_TRANSLATE_NOOP("ReplyCatalog", "Other or undefined mail system status"),
     "RFC 3463 §3.4"},
    {"3.1", QT_TRANSLATE_NOOP("ReplyCatalog", "Mail system full"), "RFC 3463 §3.4"},
    {"3.2", QT_TRANSLATE_NOOP("ReplyCatalog", "System not accepting network messages"),
     "RFC 3463 §3.4"},
    {"3.3", QT_TRANSLATE_NOOP("ReplyCatalog", "System not capable of selected features"),
     "RFC 3463 §3.4"},
    {"3.4", QT_TRANSLATE_NOOP("ReplyCatalog", "Message too big for system"), "RFC 3463 §3.4"},
    {"3.5", QT_TRANSLATE_NOOP("ReplyCatalog", "System incorrectly configured"), "RFC 3463 §3.4"},
    {"3.6", QT_TRANSLATE_NOOP("ReplyCatalog", "Requested priority was changed"), "RFC 6710"},
    // §3.5 Network and routing status
    {"4.0", QT_TRANSLATE_NOOP("ReplyCatalog", "Other or undefined network or routing status"),
     "RFC 3463 §3.5"},
    {"4.1", QT_TRANSLATE_NOOP("ReplyCatalog", "No answer from host"), "RFC 3463 §3.5"},
    {"4.2", QT_TRANSLATE_NOOP("ReplyCatalog", "Bad connection"), "RFC 3463 §3.5"},
    {"4.3", QT_TRANSLATE_NOOP("ReplyCatalog", "Directory server failure"), "RFC 3463 §3.5"},
    {"4.4", QT_TRANSLATE_NOOP("ReplyCatalog", "Unable to route"), "RFC 3463 §3.5"},
    {"4.5", QT_TRANSLATE_NOOP("ReplyCatalog", "Mail system congestion"), "RFC 3463 §3.5"},
    {"4.6", QT_TRANSLATE_NOOP("ReplyCatalog", "Routing loop detected"), "RFC 3463 §3.5"},
    {"4.7", QT_TRANSLATE_NOOP("ReplyCatalog", "Delivery time expired"), "RFC 3463 §3.5"},
    // §3.6 Mail delivery protocol status
    {"5.0", QT_TRANSLATE_NOOP("ReplyCatalog", "Other or undefined protocol status"),
     "RFC 3463 §3.6"},
    {"5.1", QT_TRANSLATE_NOOP("ReplyCatalog", "Invalid command"), "RFC 3463 §3.6"},
    {"5.2", QT_TRANSLATE_NOOP("ReplyCatalog", "Syntax error"), "RFC 3463 §3.6"},
    {"5.3", QT_TRANSLATE_NOOP("ReplyCatalog", "Too many recipients"), "RFC 3463 §3.6"},
    {"5.4", QT_TRANSLATE_NOOP("ReplyCatalog", "Invalid command arguments"), "RFC 3463 §3.6"},
    {"5.5", QT_TRANSLATE_NOOP("ReplyCatalog", "Wrong protocol version"), "RFC 3463 §3.6"},
    {"5.6", QT_TRANSLATE_NOOP("ReplyCatalog", "Authentication Exchange line is too long"),
     "RFC 4954 §6"},
    // §3.7 Message content or media status
    {"6.0", QT_TRANSLATE_NOOP("ReplyCatalog", "Other or undefined media error"), "RFC 3463 §3.7"},
    {"6.1", QT_TRANSLATE_NOOP("ReplyCatalog", "Media not supported"), "RFC 3463 §3.7"},
    {"6.2", QT_TRANSLATE_NOOP("ReplyCatalog", "Conversion required and prohibited"),
     "RFC 3463 §3.7"},
    {"6.3", QT_TRANSLATE_NOOP("ReplyCatalog", "Conversion required but not supported"),
     "RFC 3463 §3.7"},
    {"6.4", QT_TRANSLATE_NOOP("ReplyCatalog", "Conversion with loss performed"), "RFC 3463 §3.7"},
    {"6.5", QT_TRANSLATE_NOOP("ReplyCatalog", "Conversion Failed"), "RFC 3463 §3.7"},
    {"6.6", QT_TRANSLATE_NOOP("ReplyCatalog", "Message content not available"), "RFC 4468"},
    {"6.7",
     QT_TRANSLATE_NOOP("ReplyCatalog",
                       "Non-ASCII addresses not permitted for that sender/recipient"),
     "RFC 6531"},
    {"6.8",
     QT_TRANSLATE_NOOP("ReplyCatalog",
                       "UTF-8 string reply is required, but not permitted by the SMTP client"),
     "RFC 6531"},
    {"6.9",
     QT_TRANSLATE_NOOP(
         "ReplyCatalog",
         "UTF-8 header message cannot be transferred to one or more recipients, so the message "
         "must be rejected"),
     "RFC 6531"},
    {"6.10",
     QT_TRANSLATE_NOOP("ReplyCatalog",
                       "Deprecated duplicate of X.6.8 (UTF-8 string reply required)"),
     "RFC 6531; IANA registry"},
    // §3.8 Security or policy status
    {"7.0", QT_TRANSLATE_NOOP("ReplyCatalog", "Other or undefined security status"),
     "RFC 3463 §3.8"},
    {"7.1", QT_TRANSLATE_NOOP("ReplyCatalog", "Delivery not authorized, message refused"),
     "RFC 3463 §3.8"},
    {"7.2", QT_TRANSLATE_NOOP("ReplyCatalog", "Mailing list expansion prohibited"),
     "RFC 3463 §3.8"},
    {"7.3", QT_TRANSLATE_NOOP("ReplyCatalog", "Security conversion required but not possible"),
     "RFC 3463 §3.8"},
    {"7.4", QT_TRANSLATE_NOOP("ReplyCatalog", "Security features not supported"), "RFC 3463 §3.8"},
    {"7.5", QT_TRANSLATE_NOOP("ReplyCatalog", "Cryptographic failure"), "RFC 3463 §3.8"},
    {"7.6", QT_TRANSLATE_NOOP("ReplyCatalog", "Cryptographic algorithm not supported"),
     "RFC 3463 §3.8"},
    {"7.7", QT_TRANSLATE_NOOP("ReplyCatalog", "Message integrity failure"), "RFC 3463 §3.8"},
    {"7.8", QT_TRANSLATE_NOOP("ReplyCatalog", "Authentication credentials invalid"), "RFC 4954 §6"},
    {"7.9", QT_TRANSLATE_NOOP("ReplyCatalog", "Authentication mechanism is too weak"),
     "RFC 4954 §6"},
    {"7.10", QT_TRANSLATE_NOOP("ReplyCatalog", "Encryption Needed"), "RFC 5248 §2.4"},
    {"7.11",
     QT_TRANSLATE_NOOP("ReplyCatalog",
                       "Encryption required for requested authentication mechanism"),
     "RFC 4954 §6"},
    {"7.12", QT_TRANSLATE_NOOP("ReplyCatalog", "A password transition is needed"), "RFC 4954 §6"},
    {"7.13", QT_TRANSLATE_NOOP("ReplyCatalog", "User Account Disabled"), "RFC 5248 §2.4"},
    {"7.14", QT_TRANSLATE_NOOP("ReplyCatalog", "Trust relationship required"), "RFC 5248 §2.4"},
    {"7.15", QT_TRANSLATE_NOOP("ReplyCatalog", "Priority Level is too low"), "RFC 6710"},
    {"7.16", QT_TRANSLATE_NOOP("ReplyCatalog", "Message is too big for the specified priority"),
     "RFC 6710"},
    {"7.17", QT_TRANSLATE_NOOP("ReplyCatalog", "Mailbox owner has changed"), "RFC 7293"},
    {"7.18", QT_TRANSLATE_NOOP("ReplyCatalog", "Domain owner has changed"), "RFC 7293"},
    {"7.19", QT_TRANSLATE_NOOP("ReplyCatalog", "RRVS test cannot be completed"), "RFC 7293"},
    {"7.20", QT_TRANSLATE_NOOP("ReplyCatalog", "No passing DKIM signature found"), "RFC 7372"},
    {"7.21", QT_TRANSLATE_NOOP("ReplyCatalog", "No acceptable DKIM signature found"), "RFC 7372"},
    {"7.22", QT_TRANSLATE_NOOP("ReplyCatalog", "No valid author-matched DKIM signature found"),
     "RFC 7372"},
    {"7.23", QT_TRANSLATE_NOOP("ReplyCatalog", "SPF validation failed"), "RFC 7372"},
    {"7.24", QT_TRANSLATE_NOOP("ReplyCatalog", "SPF validation error"), "RFC 7372"},
    {"7.25", QT_TRANSLATE_NOOP("ReplyCatalog", "Reverse DNS validation failed"), "RFC 7372"},
    {"7.26", QT_TRANSLATE_NOOP("ReplyCatalog", "Multiple authentication checks failed"),
     "RFC 7372"},
    {"7.27", QT_TRANSLATE_NOOP("ReplyCatalog", "Sender address has null MX"), "RFC 7505"},
    {"7.28", QT_TRANSLATE_NOOP("ReplyCatalog", "Mail flood detected"), "IANA registry"},
    {"7.29", QT_TRANSLATE_NOOP("ReplyCatalog", "ARC validation failure"), "RFC 8617"},
    {"7.30", QT_TRANSLATE_NOOP("ReplyCatalog", "REQUIRETLS support required"), "RFC 8689"},
};

// How a whole code reads by convention in a success reply, where the bare
// detail title ("Other address status") says little. RFC 2034 §6 shows
// "250 2.1.0 Originator <...> ok" and "250 2.6.0 Message accepted"; RFC 4954
// §6 pairs 235 with 2.7.0.
constexpr KeyedEntry kEnhancedUsage[] = {
    {"2.1.0", QT_TRANSLATE_NOOP("ReplyCatalog", "Originator address valid"), "RFC 2034 §6"},
    {"2.6.0", QT_TRANSLATE_NOOP("ReplyCatalog", "Message accepted"), "RFC 2034 §6"},
    {"2.7.0", QT_TRANSLATE_NOOP("ReplyCatalog", "Authentication succeeded"), "RFC 4954 §6"},
};

// ---- helpers ---------------------------------------------------------------

QString translated(const char *text)
{
    return text ? QCoreApplication::translate("ReplyCatalog", text) : QString();
}

QString src(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

template <std::size_t N> const KeyedEntry *findKeyed(const KeyedEntry (&table)[N], QStringView key)
{
    for (const KeyedEntry &e : table) {
        if (key == QLatin1String(e.key))
            return &e;
    }
    return nullptr;
}

const KeyedEntry *findKeyed(KeyedTable table, QStringView key)
{
    for (const KeyedEntry *e = table.begin; e != table.end; ++e) {
        if (key == QLatin1String(e->key))
            return e;
    }
    return nullptr;
}

const SmtpEntry *findSmtp(int code)
{
    for (const SmtpEntry &e : kSmtpCodes) {
        if (e.code == code)
            return &e;
    }
    return nullptr;
}

// "[UIDNEXT 4392]" -> "UIDNEXT"; " sys/temp " -> "SYS/TEMP"
QString normaliseAtom(const QString &atom)
{
    QString s = atom.trimmed();
    if (s.startsWith(QLatin1Char('[')))
        s.remove(0, 1);
    const qsizetype close = s.indexOf(QLatin1Char(']'));
    if (close >= 0)
        s.truncate(close);
    s = s.trimmed();
    const qsizetype space = s.indexOf(QLatin1Char(' '));
    if (space >= 0)
        s.truncate(space);
    return s.toUpper();
}

const QString kDash = QStringLiteral(" \u2014 ");

} // namespace

ReplyMeaning ReplyCatalog::smtpBasic(int code)
{
    ReplyMeaning m;
    m.code = QString::number(code);
    if (const SmtpEntry *e = findSmtp(code)) {
        m.meaning = translated(e->meaning);
        m.note = translated(e->note);
        m.source = src(e->source);
        m.known = true;
        return m;
    }
    if (code < 100 || code > 599)
        return m; // not an SMTP reply code at all
    const int cls = code / 100;
    const int category = (code / 10) % 10;
    m.meaning = translated(kSmtpClasses[cls]);
    if (category < int(std::size(kSmtpCategories)))
        m.meaning += QStringLiteral(": ") + translated(kSmtpCategories[category]);
    m.source = src(kSmtpTheorySource);
    return m;
}

ReplyMeaning ReplyCatalog::enhanced(const QString &code)
{
    ReplyMeaning m;
    static const QRegularExpression re(QStringLiteral("^([245Xx])\\.(\\d{1,3})\\.(\\d{1,3})$"));
    const QString trimmed = code.trimmed();
    const QRegularExpressionMatch match = re.match(trimmed);
    if (!match.hasMatch()) {
        m.code = trimmed;
        return m;
    }
    const QString cls = match.captured(1).toUpper();
    const QString subject = QString::number(match.captured(2).toInt());
    const QString detail = QString::number(match.captured(3).toInt());
    const QString subjectDetail = subject + QLatin1Char('.') + detail;
    m.code = cls + QLatin1Char('.') + subjectDetail;

    QStringList parts;
    QStringList sources;
    if (const KeyedEntry *c = findKeyed(kEnhancedClasses, cls)) {
        m.classMeaning = translated(c->meaning);
        parts << m.classMeaning;
    }
    const KeyedEntry *s = findKeyed(kEnhancedSubjects, subject);
    if (s) {
        m.subject = translated(s->meaning);
        parts << m.subject;
    }
    if (const KeyedEntry *d = s ? findKeyed(kEnhancedDetails, subjectDetail) : nullptr) {
        m.detail = translated(d->meaning);
        sources << src(d->source);
        m.known = true;
        QString last = m.detail;
        if (const KeyedEntry *u = findKeyed(kEnhancedUsage, m.code)) {
            m.usage = translated(u->meaning);
            sources << src(u->source);
            last += QStringLiteral(": ") + m.usage;
        }
        parts << last;
    } else if (s) {
        sources << src(s->source);
    } else if (!parts.isEmpty()) {
        sources << src(kEnhancedClasses[0].source);
    }
    m.meaning = parts.join(kDash);
    m.source = sources.join(QStringLiteral("; "));

    // RFC 3463 §3.1: X.0.0 is "other undefined status", used when only the
    // class is known; every "X.n.0" detail is likewise "other or undefined" in
    // its subject. Such a detail title adds nothing: read the subject instead.
    QString specific;
    if (!m.usage.isEmpty())
        specific = m.usage;
    else if (!m.detail.isEmpty() && detail != QLatin1String("0"))
        specific = m.detail;
    else if (subject != QLatin1String("0"))
        specific = m.subject;
    if (m.classMeaning.isEmpty())
        m.reading = specific.isEmpty() ? m.subject : specific;
    else
        m.reading = specific.isEmpty() ? m.classMeaning
                                       : m.classMeaning + QStringLiteral(": ") + specific;
    return m;
}

ReplyMeaning ReplyCatalog::imapCode(const QString &atom)
{
    ReplyMeaning m;
    m.code = normaliseAtom(atom);
    if (const KeyedEntry *e = findKeyed(reply_detail::imapCodes(), m.code)) {
        m.meaning = translated(e->meaning);
        m.source = src(e->source);
        m.known = true;
    }
    return m;
}

ReplyMeaning ReplyCatalog::pop3Code(const QString &atom)
{
    ReplyMeaning m;
    m.code = normaliseAtom(atom);
    QString key = m.code;
    bool exact = true;
    while (!key.isEmpty()) {
        if (const KeyedEntry *e = findKeyed(reply_detail::pop3Codes(), key)) {
            m.meaning = translated(e->meaning);
            m.source = src(e->source);
            m.known = exact;
            return m;
        }
        // RFC 2449 §8: codes are hierarchical ("SYS/TEMP"); an unknown child
        // still tells what its parent means.
        const qsizetype slash = key.lastIndexOf(QLatin1Char('/'));
        if (slash < 0)
            break;
        key.truncate(slash);
        exact = false;
    }
    return m;
}

QString ReplyCatalog::describeSmtpReply(int code, const QString &enhancedCode)
{
    const ReplyMeaning basic = smtpBasic(code);
    QString line = basic.code;
    if (!basic.meaning.isEmpty())
        line += QLatin1Char(' ') + basic.meaning;

    if (enhancedCode.trimmed().isEmpty())
        return line;
    const ReplyMeaning e = enhanced(enhancedCode);
    QString part = e.code;
    if (!e.reading.isEmpty())
        part += QLatin1Char(' ') + e.reading;
    return line + QStringLiteral(" \u00b7 ") + part;
}

QList<int> ReplyCatalog::allSmtpCodes()
{
    QList<int> codes;
    for (const SmtpEntry &e : kSmtpCodes)
        codes << e.code;
    std::sort(codes.begin(), codes.end());
    return codes;
}

QStringList ReplyCatalog::allEnhancedCodes()
{
    QStringList codes;
    for (const KeyedEntry &e : kEnhancedDetails)
        codes << QStringLiteral("X.") + QLatin1String(e.key);
    return codes;
}

QStringList ReplyCatalog::allImapCodes()
{
    QStringList codes;
    const KeyedTable imap = reply_detail::imapCodes();
    for (const KeyedEntry *e = imap.begin; e != imap.end; ++e)
        codes << QLatin1String(e->key);
    return codes;
}

QStringList ReplyCatalog::allPop3Codes()
{
    QStringList codes;
    const KeyedTable pop3 = reply_detail::pop3Codes();
    for (const KeyedEntry *e = pop3.begin; e != pop3.end; ++e)
        codes << QLatin1String(e->key);
    return codes;
}

QStringList ReplyCatalog::allSourceTexts()
{
    QStringList texts;
    const auto add = [&texts](const char *t) {
        if (t) {
            const QString s = QString::fromUtf8(t);
            if (!texts.contains(s))
                texts << s;
        }
    };
    for (const SmtpEntry &e : kSmtpCodes) {
        add(e.meaning);
        add(e.note);
    }
    for (const char *t : kSmtpClasses)
        add(t);
    for (const char *t : kSmtpCategories)
        add(t);
    const auto addTable = [&add](const KeyedEntry *begin, const KeyedEntry *end) {
        for (const KeyedEntry *e = begin; e != end; ++e)
            add(e->meaning);
    };
    addTable(std::begin(kEnhancedClasses), std::end(kEnhancedClasses));
    addTable(std::begin(kEnhancedSubjects), std::end(kEnhancedSubjects));
    addTable(std::begin(kEnhancedDetails), std::end(kEnhancedDetails));
    addTable(std::begin(kEnhancedUsage), std::end(kEnhancedUsage));
    for (const KeyedTable t : {reply_detail::imapCodes(), reply_detail::pop3Codes()})
        addTable(t.begin, t.end);
    return texts;
}

} // namespace carteiro

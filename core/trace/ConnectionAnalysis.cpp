// SPDX-License-Identifier: GPL-3.0-or-later
#include "trace/ConnectionAnalysis.h"

#include "trace/CapabilityUsage.h"

#include <deque>

namespace carteiro {

const OfferedCapability *ConnectionAnalysis::find(const QString &name) const
{
    for (const OfferedCapability &c : capabilities)
        if (c.name.compare(name, Qt::CaseInsensitive) == 0)
            return &c;
    return nullptr;
}

bool ConnectionAnalysis::hasWarning(AnalysisWarning::Kind kind) const
{
    return std::any_of(warnings.cbegin(), warnings.cend(),
                       [kind](const AnalysisWarning &w) { return w.kind == kind; });
}

namespace {

struct Pending
{
    QByteArray tag;  // IMAP only
    QByteArray verb; // "MAIL", "UID FETCH"
    QByteArray line;
    QList<CapabilityUse> uses;
    bool exchanged = false; // a SASL / continuation exchange happened
};

bool isSmtpRefusal(int code)
{
    // RFC 5321 §4.2.2 and §4.2.4: syntax error, not implemented, parameter
    // unknown; RFC 4954 §6: 504 mechanism not supported. Not 535 (wrong
    // credentials) nor 550..554 (policy): those refuse the request, not the extension.
    return code == 500 || code == 501 || code == 502 || code == 504 || code == 555;
}

class Builder
{
public:
    explicit Builder(Protocol p) { a.protocol = p; }

    void onEvent(const TraceEvent &e)
    {
        switch (e.kind) {
        case TraceKind::TlsHandshake:
            onTls(e);
            break;
        case TraceKind::Injection:
            a.injections.append({e.bodyBytes > 0 ? e.bodyBytes : e.bytes.size(), e.bytes});
            break;
        case TraceKind::BodySummary:
            if (e.direction == Direction::ClientToServer && a.protocol == Protocol::Smtp) {
                m_transactionBytes += e.bodyBytes;
                a.messageBytes = std::max(a.messageBytes, m_transactionBytes);
            }
            break;
        case TraceKind::Line:
            if (e.direction == Direction::ClientToServer) {
                m_sawClient = true;
                onClient(e.bytes);
            } else if (e.direction == Direction::ServerToClient) {
                m_sawServer = true;
                onServer(e.bytes);
            }
            break;
        case TraceKind::StateChange:
        case TraceKind::Error:
        case TraceKind::Info:
            break;
        }
    }

    ConnectionAnalysis finish()
    {
        addWarnings();
        for (OfferedCapability &c : a.capabilities)
            c.explanation = explainCapability(a.protocol, c.name,
                                              c.afterTls ? c.paramsAfterTls : c.paramsBeforeTls);
        return a;
    }

private:
    OfferedCapability &entry(const QString &name)
    {
        for (OfferedCapability &c : a.capabilities)
            if (c.name.compare(name, Qt::CaseInsensitive) == 0)
                return c;
        OfferedCapability c;
        c.name = name;
        c.offered = false;
        a.capabilities.append(c);
        return a.capabilities.last();
    }

    bool offeredNow(const QString &name) const
    {
        const OfferedCapability *c = a.find(name);
        return c && (m_inTls ? c->afterTls : c->beforeTls);
    }

    void offer(const QString &name, const QString &params)
    {
        if (name.isEmpty())
            return;
        OfferedCapability &c = entry(name);
        c.offered = true;
        (m_inTls ? c.afterTls : c.beforeTls) = true;
        (m_inTls ? c.paramsAfterTls : c.paramsBeforeTls) = params;
        if (a.protocol == Protocol::Smtp &&
            name.compare(QLatin1String("SIZE"), Qt::CaseInsensitive) == 0)
            a.sizeLimit = params.trimmed().toLongLong();
    }

    void sawList() { (m_inTls ? a.sawListAfterTls : a.sawListBeforeTls) = true; }

    void use(const CapabilityUse &u, const QByteArray &line)
    {
        QString name = u.name;
        if (name == QLatin1String("LITERAL+") && !a.find(name) &&
            a.find(QStringLiteral("LITERAL-")))
            name = QStringLiteral("LITERAL-");
        OfferedCapability &c = entry(name);
        if (c.used)
            return;
        c.used = true;
        c.usedBy = QString::fromUtf8(line);
        c.usedDetail = u.detail;
    }

    void refuse(const Pending &p, const QByteArray &reply)
    {
        for (const CapabilityUse &u : p.uses) {
            OfferedCapability &c = entry(u.name);
            if (c.refused)
                continue;
            c.refused = true;
            c.refusal = QString::fromUtf8(reply);
        }
    }

    void onTls(const TraceEvent &e)
    {
        a.tlsEstablished = true;
        a.tls = e.tls;
        // An event from before the mode was recorded: implicit TLS comes before
        // the first protocol line, STARTTLS after some.
        a.tlsMode = e.tls.mode != TlsMode::Unknown ? e.tls.mode
                    : (m_sawClient || m_sawServer) ? TlsMode::StartTls
                                                   : TlsMode::Implicit;
        m_inTls = true;
        // RFC 3207 §4.2, RFC 2595 §3.1: nothing from before the handshake carries over.
        m_queue.clear();
        m_awaitingContinuation = false;
        m_inMessageBody = false;
        m_multiLine = false;
        m_replyLine = 0;
    }

    void onClient(const QByteArray &line)
    {
        if (m_inMessageBody) {
            // Lines typed after 354 are the message, not commands in flight; the
            // lone dot ends it and DATA waits for its final reply (RFC 5321 §4.1.1.4).
            m_inMessageBody = line != ".";
            return;
        }
        if (m_awaitingContinuation || m_literalContinuation) {
            // A SASL response, IDLE's DONE, or the rest of a line after a literal.
            m_awaitingContinuation = false;
            m_literalContinuation = false;
            return;
        }
        Pending p;
        p.line = line;
        QByteArray command = line;
        if (a.protocol == Protocol::Imap) {
            const qsizetype sp = line.indexOf(' ');
            p.tag = sp < 0 ? line : line.left(sp);
            command = sp < 0 ? QByteArray() : line.mid(sp + 1);
            p.verb = CapabilityUsage::verb(command);
            if (p.verb == "UID")
                p.verb += ' ' + CapabilityUsage::verb(command.mid(4));
            p.uses = CapabilityUsage::imap(command);
            m_literalContinuation = command.endsWith('}');
            if (p.verb == "LOGIN" && offeredNow(QStringLiteral("LOGINDISABLED")))
                m_loginDespiteDisabled = line;
        } else {
            p.verb = CapabilityUsage::verb(line);
            p.uses = a.protocol == Protocol::Smtp ? CapabilityUsage::smtp(line)
                                                  : CapabilityUsage::pop3(line);
            const int inFlight = int(m_queue.size()) + 1;
            a.maxInFlight = std::max(a.maxInFlight, inFlight);
            if (inFlight > 1) // RFC 2920 §3, RFC 2449 §6.6
                p.uses.append({QStringLiteral("PIPELINING"), QString::number(inFlight)});
            if (a.protocol == Protocol::Smtp && p.verb == "MAIL")
                m_transactionBytes = 0;
        }
        for (const CapabilityUse &u : std::as_const(p.uses)) {
            use(u, line);
            if (u.name == QLatin1String("SIZE"))
                a.messageBytes = std::max(a.messageBytes, u.detail.toLongLong());
        }
        const bool isAuth =
            (a.protocol == Protocol::Imap && (p.verb == "AUTHENTICATE" || p.verb == "LOGIN")) ||
            (a.protocol != Protocol::Imap &&
             (p.verb == "AUTH" || p.verb == "USER" || p.verb == "APOP"));
        if (isAuth && !m_inTls && m_credentialsInClear.isEmpty())
            m_credentialsInClear = line;
        m_queue.push_back(std::move(p));
    }

    void onServer(const QByteArray &line)
    {
        switch (a.protocol) {
        case Protocol::Smtp:
            onSmtpServer(line);
            break;
        case Protocol::Imap:
            onImapServer(line);
            break;
        case Protocol::Pop3:
            onPop3Server(line);
            break;
        case Protocol::Other:
            break;
        }
    }

    // RFC 5321 §4.2: "ddd-text" continues a reply, "ddd text" ends it.
    void onSmtpServer(const QByteArray &line)
    {
        if (line.size() < 3 || !std::isdigit(uchar(line[0])) || !std::isdigit(uchar(line[1])) ||
            !std::isdigit(uchar(line[2])))
            return;
        const int code = line.left(3).toInt();
        const bool more = line.size() > 3 && line.at(3) == '-';
        const QByteArray text = line.mid(4);
        if (m_queue.empty()) {
            if (a.greeting.isEmpty())
                a.greeting = QString::fromUtf8(line);
            return;
        }
        Pending &front = m_queue.front();
        if ((front.verb == "EHLO") && code == 250) {
            // RFC 5321 §4.1.1.1: the first line names the server, each next one is a keyword.
            if (m_replyLine > 0) {
                const qsizetype sp = text.indexOf(' ');
                offer(QString::fromUtf8(sp < 0 ? text : text.left(sp)).toUpper(),
                      sp < 0 ? QString() : QString::fromUtf8(text.mid(sp + 1)));
            }
            if (!more)
                sawList();
        }
        if (more) {
            ++m_replyLine;
            return;
        }
        m_replyLine = 0;
        if (code / 100 ==
            3) { // 334 (RFC 4954 §4) and 354 (RFC 5321 §4.1.1.4) keep the command open
            m_awaitingContinuation = code == 334;
            m_inMessageBody = code == 354;
            front.exchanged = front.exchanged || code == 334;
            return;
        }
        m_awaitingContinuation = false;
        if (isSmtpRefusal(code))
            refuse(front, line);
        m_queue.pop_front();
    }

    void offerImapList(const QByteArray &atoms)
    {
        sawList();
        for (const QByteArray &atom : atoms.split(' '))
            if (!atom.isEmpty())
                offer(QString::fromUtf8(atom), {});
    }

    // RFC 9051 §7.2.2 (CAPABILITY response) and §7.1 ([CAPABILITY ...] code).
    void offerImapCode(const QByteArray &line)
    {
        const qsizetype at = line.toUpper().indexOf("[CAPABILITY ");
        if (at < 0)
            return;
        const qsizetype close = line.indexOf(']', at);
        offerImapList(line.mid(at + 12, close < 0 ? -1 : close - at - 12));
    }

    void onImapServer(const QByteArray &line)
    {
        if (line.startsWith('+')) { // RFC 9051 §7.5 continuation request
            m_awaitingContinuation = true;
            m_literalContinuation = false;
            if (!m_queue.empty())
                m_queue.back().exchanged = true;
            return;
        }
        if (line.startsWith("* ")) {
            if (a.greeting.isEmpty() && !m_sawClient)
                a.greeting = QString::fromUtf8(line);
            const QByteArray rest = line.mid(2);
            if (CapabilityUsage::verb(rest) == "CAPABILITY")
                offerImapList(rest.mid(11));
            else
                offerImapCode(line);
            return;
        }
        const qsizetype sp = line.indexOf(' ');
        const QByteArray tag = sp < 0 ? line : line.left(sp);
        const QByteArray status = CapabilityUsage::verb(line.mid(sp + 1));
        offerImapCode(line);
        m_awaitingContinuation = false;
        for (auto it = m_queue.begin(); it != m_queue.end(); ++it) {
            if (it->tag != tag)
                continue;
            if (status == "BAD") // RFC 9051 §7.1.3: the command or its arguments are not understood
                refuse(*it, line);
            m_queue.erase(it);
            break;
        }
    }

    void onPop3Server(const QByteArray &line)
    {
        if (m_multiLine) {
            // RFC 1939 §3: a multi-line response ends with a lone "."; a RETR/TOP
            // body arrives as one summarised frame that includes its end.
            if (line == "." || line.startsWith("<body: ")) {
                m_multiLine = false;
                if (!m_queue.empty())
                    m_queue.pop_front();
            } else if (m_capaData) { // RFC 2449 §5: one capability per line, tag then parameters
                const qsizetype sp = line.indexOf(' ');
                offer(QString::fromUtf8(sp < 0 ? line : line.left(sp)).toUpper(),
                      sp < 0 ? QString() : QString::fromUtf8(line.mid(sp + 1)));
            }
            return;
        }
        if (line.startsWith("+OK")) {
            m_awaitingContinuation = false;
            if (m_queue.empty()) {
                if (a.greeting.isEmpty())
                    a.greeting = QString::fromUtf8(line);
                return;
            }
            const Pending &front = m_queue.front();
            const bool hasArg = front.line.trimmed().contains(' ');
            const bool multi = front.verb == "CAPA" || front.verb == "RETR" ||
                               front.verb == "TOP" ||
                               ((front.verb == "LIST" || front.verb == "UIDL") && !hasArg);
            if (multi) {
                m_multiLine = true;
                m_capaData = front.verb == "CAPA";
                if (m_capaData)
                    sawList();
                return;
            }
            m_queue.pop_front();
            return;
        }
        if (line.startsWith("-ERR")) {
            m_awaitingContinuation = false;
            if (m_queue.empty()) {
                if (a.greeting.isEmpty())
                    a.greeting = QString::fromUtf8(line);
                return;
            }
            const Pending &front = m_queue.front();
            // [AUTH] (RFC 3206 §4) is about the credentials, not the extension.
            if (!front.exchanged && !line.toUpper().contains("[AUTH]") && front.verb != "PASS")
                refuse(front, line);
            m_queue.pop_front();
            return;
        }
        if (line.startsWith('+')) { // RFC 5034 §4: a SASL challenge
            m_awaitingContinuation = true;
            if (!m_queue.empty())
                m_queue.front().exchanged = true;
        }
    }

    void warn(AnalysisWarning::Kind kind, const QString &capability, const QString &text,
              const QString &source)
    {
        a.warnings.append({kind, capability, text, source});
    }

    void addWarnings();

    ConnectionAnalysis a;
    std::deque<Pending> m_queue;
    bool m_inTls = false;
    bool m_sawClient = false;
    bool m_sawServer = false;
    bool m_awaitingContinuation = false;
    bool m_inMessageBody = false; // SMTP, typed line by line after 354 (the console)
    bool m_literalContinuation = false;
    bool m_multiLine = false;
    bool m_capaData = false;
    int m_replyLine = 0;
    qint64 m_transactionBytes = 0;
    QByteArray m_loginDespiteDisabled;
    QByteArray m_credentialsInClear;
};

void Builder::addWarnings()
{
    using K = AnalysisWarning::Kind;
    const Protocol p = a.protocol;
    const bool implicitTls = a.tlsMode == TlsMode::Implicit;

    // A clear-text password mechanism offered before TLS (challenge-response ones
    // such as SCRAM do not reveal the password and are left alone).
    if (a.sawListBeforeTls && !implicitTls) {
        const auto plaintext = [](const QString &mech) {
            return mech.compare(QLatin1String("PLAIN"), Qt::CaseInsensitive) == 0 ||
                   mech.compare(QLatin1String("LOGIN"), Qt::CaseInsensitive) == 0;
        };
        QStringList mechanisms;
        for (const OfferedCapability &c : a.capabilities) {
            if (!c.beforeTls)
                continue;
            QStringList offered;
            if ((p == Protocol::Smtp && c.name == QLatin1String("AUTH")) ||
                (p == Protocol::Pop3 && c.name == QLatin1String("SASL")))
                offered = c.paramsBeforeTls.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            else if (p == Protocol::Imap &&
                     c.name.startsWith(QLatin1String("AUTH="), Qt::CaseInsensitive))
                offered << c.name.mid(5);
            else if (p == Protocol::Pop3 && c.name == QLatin1String("USER"))
                mechanisms << QStringLiteral("USER/PASS");
            for (const QString &m : std::as_const(offered))
                if (plaintext(m))
                    mechanisms << m;
        }
        if (!mechanisms.isEmpty())
            warn(K::AuthBeforeTls, p == Protocol::Smtp ? QStringLiteral("AUTH") : QString(),
                 ConnectionAnalyzer::tr(
                     "The server offers clear-text authentication (%1) before TLS. A "
                     "password sent now would cross the network readable by anyone on "
                     "the path; Carteiro waits for TLS.")
                     .arg(mechanisms.join(QStringLiteral(", "))),
                 p == Protocol::Smtp ? QStringLiteral("RFC 4954 §4")
                                     : QStringLiteral("RFC 2595 §2.3"));
    }
    if (!m_credentialsInClear.isEmpty())
        warn(K::CredentialsWithoutTls, {},
             ConnectionAnalyzer::tr(
                 "Credentials were sent without TLS (%1): only acceptable on a lab "
                 "account.")
                 .arg(QString::fromUtf8(m_credentialsInClear)),
             QStringLiteral("RFC 8314 §3"));

    // No way to upgrade a plain connection.
    if (a.sawListBeforeTls && !implicitTls) {
        const QString upgrade =
            p == Protocol::Pop3 ? QStringLiteral("STLS") : QStringLiteral("STARTTLS");
        const OfferedCapability *c = a.find(upgrade);
        if (!c || !c->beforeTls)
            warn(K::StartTlsMissing, upgrade,
                 ConnectionAnalyzer::tr(
                     "The server does not offer %1: this connection cannot be encrypted, "
                     "and everything on it travels in clear text. Prefer the implicit "
                     "TLS port.")
                     .arg(upgrade),
                 p == Protocol::Smtp   ? QStringLiteral("RFC 3207 §4")
                 : p == Protocol::Imap ? QStringLiteral("RFC 9051 §6.2.1")
                                       : QStringLiteral("RFC 2595 §4"));
    }

    // SMTP SIZE (RFC 1870 §4): the server says how big a message it takes.
    if (p == Protocol::Smtp && a.sizeLimit > 0 && a.messageBytes > a.sizeLimit)
        warn(K::SizeBelowMessage, QStringLiteral("SIZE"),
             ConnectionAnalyzer::tr(
                 "The message (%1 bytes) is larger than the server's SIZE limit (%2 "
                 "bytes): the server will refuse it (552).")
                 .arg(a.messageBytes)
                 .arg(a.sizeLimit),
             QStringLiteral("RFC 1870 §4"));

    // IMAP LOGINDISABLED (RFC 9051 §6.2.3).
    if (p == Protocol::Imap) {
        const OfferedCapability *c = a.find(QStringLiteral("LOGINDISABLED"));
        if (!m_loginDespiteDisabled.isEmpty())
            warn(K::LoginDisabled, QStringLiteral("LOGINDISABLED"),
                 ConnectionAnalyzer::tr(
                     "LOGIN was sent although the server advertised LOGINDISABLED: it "
                     "must refuse it, and the password crossed the network in clear "
                     "text."),
                 QStringLiteral("RFC 9051 §6.2.3"));
        else if (c && c->offered)
            warn(K::LoginDisabled, QStringLiteral("LOGINDISABLED"),
                 ConnectionAnalyzer::tr(
                     "The server advertises LOGINDISABLED%1: it refuses the LOGIN "
                     "command (a clear-text password) until TLS is active. Good "
                     "practice.")
                     .arg(c->beforeTls && !c->afterTls ? ConnectionAnalyzer::tr(" before TLS")
                                                       : QString()),
                 QStringLiteral("RFC 9051 §6.2.3"));
    }

    // Offered, used, refused.
    for (const OfferedCapability &c : std::as_const(a.capabilities)) {
        if (!c.refused || !c.offered)
            continue;
        warn(K::ExtensionRefused, c.name,
             ConnectionAnalyzer::tr(
                 "The server offered %1 but refused the command that used it (%2).")
                 .arg(c.name, c.refusal),
             p == Protocol::Smtp   ? QStringLiteral("RFC 5321 §4.2.4")
             : p == Protocol::Imap ? QStringLiteral("RFC 9051 §7.1.3")
                                   : QStringLiteral("RFC 1939 §3"));
    }
}

} // namespace

ConnectionAnalysis ConnectionAnalyzer::analyze(const QList<TraceEvent> &events, quint32 connection)
{
    if (connection == 0 && !events.isEmpty())
        connection = events.constFirst().connection;
    Protocol protocol = Protocol::Other;
    for (const TraceEvent &e : events) {
        if (e.connection == connection) {
            protocol = e.protocol;
            break;
        }
    }
    Builder b(protocol);
    for (const TraceEvent &e : events)
        if (e.connection == connection)
            b.onEvent(e);
    ConnectionAnalysis a = b.finish();
    a.connection = connection;
    return a;
}

} // namespace carteiro

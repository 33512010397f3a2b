// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakeImapServer.h"

#include "imap/ImapSequenceSet.h"

#include <QRegularExpression>

namespace carteiro::test {

FakeImapServer::FakeImapServer(const QByteArray &caps) : capabilities(caps)
{
    const TlsIdentity identity = makeSelfSigned(QStringLiteral("fake.imap"), {QStringLiteral("localhost")},
                                                {QStringLiteral("127.0.0.1")});
    m_server = std::make_unique<ScriptedServer>(identity, false);
    m_server->onConnection = [this](QSslSocket *s) {
        m_qresync = false;
        m_idleTag.clear();
        m_socket = s;
        s->write("* OK [CAPABILITY " + capabilities + "] fake server ready\r\n");
    };
    m_server->onLine = [this](QSslSocket *s, const QByteArray &line) { onLine(s, line); };
    m_server->listen(QHostAddress::LocalHost, 0);
}

FakeImapServer::~FakeImapServer() = default;

quint16 FakeImapServer::port() const { return m_server->serverPort(); }

quint32 FakeImapServer::add(const QByteArray &subject, const QList<QByteArray> &flags, bool attachment,
                            const QByteArray &fromName)
{
    Message m;
    m.uid = uidNext++;
    m.flags = flags;
    m.modSeq = ++highestModSeq;
    m.subject = subject;
    m.fromName = fromName;
    m.attachment = attachment;
    messages.append(m);
    return m.uid;
}

void FakeImapServer::setFlags(quint32 uid, const QList<QByteArray> &flags)
{
    for (Message &m : messages)
        if (m.uid == uid) {
            m.flags = flags;
            m.modSeq = ++highestModSeq;
        }
}

void FakeImapServer::expunge(quint32 uid)
{
    for (qsizetype i = 0; i < messages.size(); ++i)
        if (messages[i].uid == uid) {
            messages.removeAt(i);
            expunged.append({uid, ++highestModSeq});
            return;
        }
}

void FakeImapServer::renumber(quint32 newUidValidity)
{
    uidValidity = newUidValidity;
    uidNext = 1;
    expunged.clear();
    for (Message &m : messages)
        m.uid = uidNext++;
}

QList<quint32> FakeImapServer::uidsIn(const QByteArray &set) const
{
    QList<quint32> out;
    const auto parsed = ImapSequenceSet::parse(set);
    if (!parsed)
        return out;
    const quint32 max = messages.isEmpty() ? 0 : messages.last().uid;
    for (const Message &m : messages) {
        for (const auto &r : parsed->ranges()) {
            quint32 a = r.first == 0 ? max : r.first, b = r.second == 0 ? max : r.second;
            if (a > b)
                std::swap(a, b);
            if (m.uid >= a && m.uid <= b) {
                out.append(m.uid);
                break;
            }
        }
    }
    return out;
}

QByteArray FakeImapServer::fetchLine(int index, bool headers, bool modseq) const
{
    const Message &m = messages[index];
    QByteArray line = "* " + QByteArray::number(index + 1) + " FETCH (UID " + QByteArray::number(m.uid) +
                      " FLAGS (" + m.flags.join(' ') + ")";
    if (headers) {
        line += " INTERNALDATE \"17-Jul-2026 02:44:25 -0700\" RFC822.SIZE " +
                QByteArray::number(1000 + m.uid) + " ENVELOPE (\"Fri, 17 Jul 2026 02:44:25 -0700 (PDT)\" \"" +
                m.subject + "\" ((\"" + m.fromName + "\" NIL \"alice\" \"example.test\")) NIL NIL "
                "((NIL NIL \"bob\" \"example.test\")) NIL NIL NIL \"<m" + QByteArray::number(m.uid) +
                "@example.test>\") BODYSTRUCTURE ";
        const QByteArray text = "(\"text\" \"plain\" (\"charset\" \"utf-8\") NIL NIL \"7bit\" 10 1 NIL NIL NIL NIL)";
        if (m.attachment)
            line += "(" + text + "(\"application\" \"pdf\" (\"name\" \"a.pdf\") NIL NIL \"base64\" 100 NIL "
                    "(\"attachment\" (\"filename\" \"a.pdf\")) NIL NIL) \"mixed\" (\"boundary\" \"b\") NIL NIL NIL)";
        else
            line += text;
    }
    if (modseq)
        line += " MODSEQ (" + QByteArray::number(m.modSeq) + ")";
    return line + ")\r\n";
}

QByteArray FakeImapServer::rawMessage(const Message &m)
{
    return "From: " + m.fromName + " <alice@example.test>\r\nSubject: " + m.subject + "\r\nMessage-ID: <m" +
           QByteArray::number(m.uid) + "@example.test>\r\n\r\nbody of " + QByteArray::number(m.uid) + "\r\n";
}

void FakeImapServer::announceExists()
{
    if (m_socket)
        m_socket->write("* " + QByteArray::number(messages.size()) + " EXISTS\r\n");
}

namespace {
// Mailbox names as the client writes them: atoms or quoted strings.
QList<QByteArray> mailboxArgs(const QByteArray &args)
{
    QList<QByteArray> out;
    qsizetype i = 0;
    while (i < args.size()) {
        if (args[i] == ' ') {
            ++i;
        } else if (args[i] == '"') {
            QByteArray name;
            for (++i; i < args.size() && args[i] != '"'; ++i)
                name += args[i] == '\\' && i + 1 < args.size() ? args[++i] : args[i];
            out << name;
            ++i;
        } else {
            const qsizetype end = args.indexOf(' ', i);
            out << args.mid(i, end < 0 ? -1 : end - i);
            i = end < 0 ? args.size() : end;
        }
    }
    return out;
}

QByteArray listLine(const QByteArray &name)
{
    return "* LIST (\\HasNoChildren) \"/\" \"" + name + "\"";
}
} // namespace

QByteArray FakeImapServer::mailboxCommand(const QByteArray &verb, const QByteArray &args)
{
    const QList<QByteArray> names = mailboxArgs(args);
    const auto find = [this](const QByteArray &name) {
        for (int i = 0; i < listLines.size(); ++i)
            if (listLines[i].endsWith(" " + name) || listLines[i].endsWith(" \"" + name + "\""))
                return i;
        return -1;
    };
    const int at = find(names.value(0));
    if (verb == "CREATE") {
        if (at >= 0)
            return " NO [ALREADYEXISTS] Mailbox exists";
        listLines << listLine(names.value(0));
        return " OK created";
    }
    if (at < 0)
        return " NO [NONEXISTENT] Mailbox doesn't exist";
    if (verb == "DELETE") {
        listLines.removeAt(at);
        return " OK deleted";
    }
    // RENAME: the folder and its children ("old/...").
    const QByteArray from = names.value(0), to = names.value(1);
    for (QByteArray &l : listLines) {
        const qsizetype q = l.indexOf(" \"/\" ");
        if (q < 0)
            continue;
        QByteArray name = l.mid(q + 5);
        const bool quoted = name.startsWith('"');
        if (quoted)
            name = name.mid(1, name.size() - 2);
        if (name == from || name.startsWith(from + '/'))
            l = l.left(q + 5) + "\"" + to + name.mid(from.size()) + "\"";
    }
    return " OK renamed";
}

void FakeImapServer::onLine(QSslSocket *s, const QByteArray &line)
{
    if (!m_idleTag.isEmpty()) {
        commands.append(line);
        if (line == "DONE") { // RFC 2177 §3
            s->write(m_idleTag + " OK IDLE terminated\r\n");
            m_idleTag.clear();
        }
        return;
    }
    const qsizetype sp = line.indexOf(' ');
    const QByteArray tag = line.left(sp);
    const QByteArray cmd = line.mid(sp + 1);
    commands.append(cmd);
    const QByteArray upper = cmd.toUpper();
    const bool condstore = capabilities.contains("CONDSTORE");
    QByteArray reply;
    if (upper == "CAPABILITY") {
        reply = "* CAPABILITY " + capabilities + "\r\n" + tag + " OK done\r\n";
    } else if (upper.startsWith("AUTHENTICATE") || upper.startsWith("LOGIN")) {
        reply = tag + " OK [CAPABILITY " + capabilities + "] logged in\r\n";
    } else if (upper.startsWith("ENABLE")) {
        m_qresync = upper.contains("QRESYNC") && capabilities.contains("QRESYNC");
        reply = (m_qresync ? QByteArray("* ENABLED QRESYNC\r\n") : QByteArray("* ENABLED\r\n")) + tag + " OK\r\n";
    } else if (upper.startsWith("ID ")) {
        reply = "* ID NIL\r\n" + tag + " OK\r\n";
    } else if (upper.startsWith("SELECT ") || upper.startsWith("EXAMINE ")) {
        m_told = messages.size();
        if (!selectRefusal.isEmpty()) {
            reply = tag + " NO " + selectRefusal + "\r\n";
        } else {
            reply = "* FLAGS (\\Seen \\Answered \\Flagged \\Deleted \\Draft)\r\n* " +
                    QByteArray::number(messages.size()) + " EXISTS\r\n* OK [UIDVALIDITY " +
                    QByteArray::number(uidValidity) + "] ok\r\n* OK [UIDNEXT " + QByteArray::number(uidNext) +
                    "] ok\r\n";
            if (condstore)
                reply += "* OK [HIGHESTMODSEQ " + QByteArray::number(highestModSeq) + "] ok\r\n";
            static const QRegularExpression qr(QStringLiteral("QRESYNC \\((\\d+) (\\d+)"));
            const auto match = qr.match(QString::fromLatin1(upper));
            if (m_qresync && match.hasMatch() && match.captured(1).toUInt() == uidValidity) {
                // RFC 7162 §3.2.5.2: expunges and changes since the client's modseq
                const quint64 since = match.captured(2).toULongLong();
                QList<quint32> gone;
                for (const auto &e : expunged)
                    if (e.second > since)
                        gone.append(e.first);
                if (!gone.isEmpty())
                    reply += "* VANISHED (EARLIER) " + ImapSequenceSet::fromList(gone).toWire() + "\r\n";
                for (int i = 0; i < messages.size(); ++i)
                    if (messages[i].modSeq > since)
                        reply += fetchLine(i, false, true);
            }
            reply += tag + (upper.startsWith("EXAMINE") ? " OK [READ-ONLY] done\r\n" : " OK [READ-WRITE] done\r\n");
        }
    } else if (upper.startsWith("UID SEARCH ")) {
        QByteArray criteria = upper.mid(11);
        QList<quint32> found;
        if (criteria == "ALL") {
            for (const Message &m : messages)
                found.append(m.uid);
        } else if (criteria.startsWith("UID ")) {
            found = uidsIn(criteria.mid(4));
        } else {
            reply = tag + " BAD unknown search\r\n";
        }
        if (reply.isEmpty()) {
            reply = "* SEARCH";
            for (const quint32 u : found)
                reply += ' ' + QByteArray::number(u);
            reply += "\r\n" + tag + " OK search done\r\n";
        }
    } else if (upper.startsWith("UID FETCH ") && upper.contains("BODY.PEEK[]")) {
        const QList<quint32> uids = uidsIn(cmd.mid(10).split(' ').value(0));
        for (int i = 0; i < messages.size(); ++i)
            if (uids.contains(messages[i].uid)) {
                const QByteArray raw = rawMessage(messages[i]);
                reply += "* " + QByteArray::number(i + 1) + " FETCH (UID " + QByteArray::number(messages[i].uid) +
                         " BODY[] {" + QByteArray::number(raw.size()) + "}\r\n" + raw + ")\r\n";
            }
        reply += tag + " OK fetch done\r\n";
    } else if (upper.startsWith("UID STORE ")) {
        if (!storeRefusal.isEmpty()) {
            reply = tag + " NO " + storeRefusal + "\r\n";
        } else {
            const QList<QByteArray> words = cmd.mid(10).split(' ');
            const QList<quint32> uids = uidsIn(words.value(0));
            const QByteArray list = cmd.mid(cmd.indexOf('(') + 1, cmd.lastIndexOf(')') - cmd.indexOf('(') - 1);
            for (Message &m : messages) {
                if (!uids.contains(m.uid))
                    continue;
                for (const QByteArray &flag : list.split(' ')) {
                    if (words.value(1).startsWith('+') && !m.flags.contains(flag))
                        m.flags.append(flag);
                    else if (words.value(1).startsWith('-'))
                        m.flags.removeAll(flag);
                }
                m.modSeq = ++highestModSeq;
            }
            reply = tag + " OK store done\r\n";
        }
    } else if (upper.startsWith("CREATE ") || upper.startsWith("RENAME ") || upper.startsWith("DELETE ")) {
        reply = tag + (mailboxRefusal.isEmpty() ? mailboxCommand(upper.left(6), cmd.mid(7)) : " NO " + mailboxRefusal)
                + "\r\n";
    } else if (upper.startsWith("UID EXPUNGE ")) { // RFC 4315 §2.1: those of the set marked \Deleted
        const QList<quint32> set = uidsIn(cmd.mid(12));
        for (qsizetype i = messages.size() - 1; i >= 0; --i)
            if (set.contains(messages[i].uid) && messages[i].flags.contains("\\Deleted")) {
                reply += "* " + QByteArray::number(i + 1) + " EXPUNGE\r\n";
                messages.removeAt(i);
            }
        reply += tag + " OK expunged\r\n";
    } else if (upper.startsWith("UID COPY ")) { // RFC 3501 §6.4.7: the fake keeps no second mailbox
        reply = tag + " OK copied\r\n";
    } else if (upper == "UNSELECT") {
        reply = tag + " OK unselected\r\n";
    } else if (upper.startsWith("SUBSCRIBE ") || upper.startsWith("UNSUBSCRIBE ")) {
        const bool on = upper.startsWith("SUBSCRIBE ");
        const QByteArray name = mailboxArgs(cmd.mid(on ? 10 : 12)).value(0);
        if (!subscribeRefusal.isEmpty()) {
            reply = tag + " NO " + subscribeRefusal + "\r\n";
        } else {
            subscribed.removeAll(name);
            if (on)
                subscribed << name;
            reply = tag + " OK " + (on ? "subscribed" : "unsubscribed") + "\r\n";
        }
    } else if (upper.startsWith("LSUB ") || upper.startsWith("LIST (SUBSCRIBED) ")) {
        const bool lsub = upper.startsWith("LSUB ");
        for (const QByteArray &name : std::as_const(subscribed))
            reply += (lsub ? "* LSUB () \"/\" \"" : "* LIST (\\Subscribed) \"/\" \"") + name + "\"\r\n";
        reply += tag + " OK done\r\n";
    } else if (upper.startsWith("LIST ")) {
        for (const QByteArray &l : std::as_const(listLines))
            reply += l + "\r\n";
        reply += tag + " OK list done\r\n";
    } else if (upper == "IDLE") {
        m_idleTag = tag;
        reply = "+ idling\r\n";
    } else if (upper.startsWith("UID FETCH ")) {
        const QList<QByteArray> words = cmd.mid(10).split(' ');
        const QList<quint32> uids = uidsIn(words.value(0));
        const bool headers = upper.contains("ENVELOPE");
        if (headers && dropOnHeaderFetch) {
            s->write(fetchLine(int(messages.size()) - 1, true, false).left(40)); // cut mid-response
            s->disconnectFromHost();
            return;
        }
        const bool modseq = upper.contains("MODSEQ") && condstore;
        quint64 since = 0;
        if (const qsizetype at = upper.indexOf("CHANGEDSINCE "); at >= 0) {
            if (changedSince == ChangedSince::Bad) {
                s->write(tag + " BAD Invalid arguments\r\n");
                return;
            }
            if (changedSince == ChangedSince::Honoured)
                since = upper.mid(at + 13).split(' ').value(0).split(')').value(0).toULongLong();
        }
        for (int i = 0; i < messages.size(); ++i)
            if (uids.contains(messages[i].uid) && messages[i].modSeq > since)
                reply += fetchLine(i, headers, modseq || since > 0);
        reply += tag + " OK fetch done\r\n";
    } else if (upper == "NOOP") { // RFC 3501 §6.1.2: news since the last word on the mailbox
        if (messages.size() != m_told)
            reply = "* " + QByteArray::number(messages.size()) + " EXISTS\r\n";
        m_told = messages.size();
        reply += tag + " OK\r\n";
    } else if (upper == "LOGOUT") {
        s->write("* BYE bye\r\n" + tag + " OK\r\n");
        s->disconnectFromHost();
        return;
    } else {
        reply = tag + " BAD not in this fake\r\n";
    }
    s->write(reply);
}

} // namespace carteiro::test

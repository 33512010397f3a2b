// SPDX-License-Identifier: GPL-3.0-or-later
#include "imap/ImapCommand.h"

#include "imap/ImapMailboxCodec.h"

#include <QCoreApplication>
#include <cstring>

namespace carteiro {

namespace {
ImapCommand make(ImapCommand::Kind kind, const char *verb, bool barrier = false)
{
    ImapCommand c;
    c.kind = kind;
    c.verb = verb;
    c.barrier = barrier;
    c.raw(verb);
    return c;
}

bool isAtomSafe(const QByteArray &v)
{
    if (v.isEmpty() || v.compare("NIL", Qt::CaseInsensitive) == 0)
        return false;
    for (const char c : v) {
        const uchar u = uchar(c);
        if (u <= 0x20 || u >= 0x7f || std::strchr("(){%*\"\\]", c))
            return false;
    }
    return true;
}

QByteArray literalTrace(const ImapCommand::Piece &p)
{
    if (p.secret)
        return "*****";
    bool clean = p.text.size() <= 64;
    for (const char c : p.text)
        clean = clean && uchar(c) >= 0x20 && c != 0x7f;
    return clean ? p.text : "<" + QByteArray::number(p.text.size()) + " bytes>";
}

QByteArray flagList(const QList<QByteArray> &flags)
{
    QByteArray out = "(";
    for (const QByteArray &f : flags) {
        if (out.size() > 1)
            out += ' ';
        out += f;
    }
    return out + ')';
}
} // namespace

const char *ImapCommand::kindName(Kind kind)
{
    static const char *names[] = {"CAPABILITY", "NOOP", "LOGOUT", "STARTTLS", "LOGIN",
                                  "AUTHENTICATE", "ENABLE", "ID", "NAMESPACE", "LIST", "STATUS",
                                  "SELECT", "EXAMINE", "CLOSE", "UNSELECT", "FETCH", "STORE",
                                  "COPY", "MOVE", "EXPUNGE", "UID EXPUNGE", "APPEND", "CREATE",
                                  "DELETE", "RENAME", "SUBSCRIBE", "SEARCH", "IDLE",
                                  "UNSUBSCRIBE", "LSUB"};
    return names[int(kind)];
}

ImapCommand &ImapCommand::raw(QByteArrayView text)
{
    if (!pieces.isEmpty() && !pieces.last().literal && !pieces.last().secret)
        pieces.last().text += text;
    else
        pieces.append({text.toByteArray(), false, false, {}});
    return *this;
}

ImapCommand &ImapCommand::string(const QByteArray &value)
{
    forceString = true;
    astring(value);
    forceString = false;
    return *this;
}

ImapCommand &ImapCommand::astring(const QByteArray &value, bool secret)
{
    if (value.contains('\0')) {
        invalid = QCoreApplication::translate("Imap", "a NUL byte cannot be sent to an IMAP server");
        return *this;
    }
    bool quotable = value.size() < 1000;
    for (const char c : value)
        quotable = quotable && c != '\r' && c != '\n' && uchar(c) < 0x80;
    if (isAtomSafe(value) && !secret && !forceString) {
        raw(value);
    } else if (quotable) {
        QByteArray q = value;
        q.replace('\\', "\\\\").replace('"', "\\\"");
        if (secret)
            pieces.append({'"' + q + '"', false, true, {}});
        else
            raw('"' + q + '"');
    } else {
        literal(value, secret);
    }
    return *this;
}

ImapCommand &ImapCommand::mailboxName(const QString &name)
{
    for (const QChar ch : name) {
        if (ch.unicode() < 0x20 || ch.unicode() == 0x7f) {
            invalid = QCoreApplication::translate("Imap", "a folder name cannot contain control "
                                                          "characters (line breaks, NUL)");
            return *this;
        }
    }
    // RFC 3501 §5.1: INBOX is case-insensitive; everything else is mUTF-7.
    if (name.compare(QLatin1String("INBOX"), Qt::CaseInsensitive) == 0)
        return raw("INBOX");
    return astring(ImapMailboxCodec::encode(name));
}

ImapCommand &ImapCommand::literal(const QByteArray &bytes, bool secret)
{
    if (bytes.contains('\0') && kind != Kind::Append)
        invalid = QCoreApplication::translate("Imap", "a NUL byte cannot be sent to an IMAP server");
    pieces.append({bytes, true, secret, {}});
    return *this;
}

ImapCommand::Chunk ImapCommand::serialize(const QByteArray &tag, int resumeAt, bool literalPlus,
                                          bool literalMinus) const
{
    Chunk c;
    int i = 0;
    if (resumeAt >= 0) {
        c.wire = pieces.at(resumeAt).text;
        c.trace = literalTrace(pieces.at(resumeAt));
        i = resumeAt + 1;
    } else {
        c.wire = c.trace = tag + ' ';
    }
    for (; i < pieces.size(); ++i) {
        const Piece &p = pieces.at(i);
        if (!p.literal) {
            c.wire += p.text;
            c.trace += !p.shown.isEmpty() ? p.shown : p.secret ? QByteArray("*****") : p.text;
            continue;
        }
        const bool plus = literalPlus || (literalMinus && p.text.size() <= 4096);
        const QByteArray marker = "{" + QByteArray::number(p.text.size()) + (plus ? "+}" : "}");
        c.wire += marker + "\r\n";
        c.trace += marker;
        if (!plus) {
            c.waitAt = i;
            return c;
        }
        c.wire += p.text;
        c.trace += ' ' + literalTrace(p);
    }
    c.wire += "\r\n";
    return c;
}

ImapCommand ImapCommand::capability() { return make(Kind::Capability, "CAPABILITY"); }
ImapCommand ImapCommand::noop() { return make(Kind::Noop, "NOOP"); }
ImapCommand ImapCommand::logout() { return make(Kind::Logout, "LOGOUT", true); }
ImapCommand ImapCommand::startTls() { return make(Kind::StartTls, "STARTTLS", true); }

ImapCommand ImapCommand::login(const QString &user, const QString &password)
{
    ImapCommand c = make(Kind::Login, "LOGIN", true);
    c.raw(" ").astring(user.toUtf8()).raw(" ").astring(password.toUtf8(), true);
    return c;
}

ImapCommand ImapCommand::authenticate(const QByteArray &mechanism, const QByteArray &initialResponse,
                                      const QByteArray &redactedInitial)
{
    ImapCommand c = make(Kind::Authenticate, "AUTHENTICATE", true);
    c.raw(" " + mechanism);
    if (!initialResponse.isNull()) {
        c.raw(" ");
        const QByteArray wire = initialResponse.isEmpty() ? QByteArray("=") : initialResponse;
        c.pieces.append({wire, false, true, redactedInitial.isEmpty() ? QByteArray("*****") : redactedInitial});
    }
    return c;
}

ImapCommand ImapCommand::enable(const QList<QByteArray> &extensions)
{
    ImapCommand c = make(Kind::Enable, "ENABLE", true);
    for (const QByteArray &e : extensions)
        c.raw(" " + e);
    return c;
}

ImapCommand ImapCommand::id(const QList<QPair<QByteArray, QByteArray>> &fields)
{
    ImapCommand c = make(Kind::Id, "ID");
    if (fields.isEmpty())
        return c.raw(" NIL");
    c.raw(" (");
    bool first = true;
    for (const auto &kv : fields) {
        c.raw(first ? "" : " ");
        c.string(kv.first).raw(" ").string(kv.second);
        first = false;
    }
    return c.raw(")");
}

ImapCommand ImapCommand::namespaceCommand() { return make(Kind::Namespace, "NAMESPACE"); }

ImapCommand ImapCommand::list(const QString &reference, const QString &pattern, bool specialUse,
                              bool listStatus)
{
    ImapCommand c = make(Kind::List, "LIST");
    c.raw(" ");
    if (reference.isEmpty())
        c.raw("\"\"");
    else
        c.astring(ImapMailboxCodec::encode(reference));
    c.raw(" ");
    const QByteArray pat = ImapMailboxCodec::encode(pattern);
    // list-mailbox allows % and * unquoted; quote anything else that needs it.
    if (pat.contains('"') || pat.contains('\\') || pat.contains(' ') || pat.isEmpty())
        c.astring(pat);
    else
        c.raw(pat);
    QList<QByteArray> ret;
    if (specialUse)
        ret << "SPECIAL-USE";
    if (listStatus)
        ret << "STATUS (MESSAGES UNSEEN UIDNEXT UIDVALIDITY)";
    if (!ret.isEmpty()) {
        c.raw(" RETURN (" + ret.join(' ') + ")");
        // RFC 5258 §3: RETURN options are LIST-EXTENDED syntax; a server that
        // refuses them still knows RFC 3501 §6.3.8 LIST.
        c.extendedSyntax << "LIST-EXTENDED";
        if (specialUse)
            c.extendedSyntax << "SPECIAL-USE";
        if (listStatus)
            c.extendedSyntax << "LIST-STATUS";
        c.baseForm = std::make_shared<const ImapCommand>(list(reference, pattern, false, false));
    }
    return c;
}

ImapCommand ImapCommand::status(const QString &mailbox, const QList<QByteArray> &items)
{
    ImapCommand c = make(Kind::Status, "STATUS");
    c.raw(" ").mailboxName(mailbox).raw(" " + flagList(items));
    return c;
}

ImapCommand ImapCommand::select(const QString &mailbox, bool readOnly, bool condstore,
                                const QresyncParams *qresync)
{
    ImapCommand c = make(readOnly ? Kind::Examine : Kind::Select, readOnly ? "EXAMINE" : "SELECT", true);
    c.mailbox = mailbox;
    c.raw(" ").mailboxName(mailbox);
    const bool withQresync = qresync && qresync->uidValidity != 0 && qresync->modSeq != 0;
    if (withQresync) {
        QByteArray p = " (QRESYNC (" + QByteArray::number(qresync->uidValidity) + ' ' +
                       QByteArray::number(qresync->modSeq);
        if (!qresync->knownUids.isEmpty())
            p += ' ' + qresync->knownUids.toWire();
        c.raw(p + "))");
    } else if (condstore) {
        c.raw(" (CONDSTORE)");
    }
    if (condstore || withQresync) { // RFC 7162 §3.1.8 / §3.2.5 parameters; RFC 3501 §6.3.1 without
        c.extendedSyntax << "CONDSTORE" << "QRESYNC";
        c.baseForm = std::make_shared<const ImapCommand>(select(mailbox, readOnly, false));
    }
    return c;
}

ImapCommand ImapCommand::close() { return make(Kind::Close, "CLOSE", true); }
ImapCommand ImapCommand::unselect() { return make(Kind::Unselect, "UNSELECT", true); }

ImapCommand ImapCommand::uidFetch(const ImapSequenceSet &uids, const QByteArray &items,
                                  quint64 changedSince, bool vanished)
{
    ImapCommand c = make(Kind::Fetch, "UID FETCH");
    c.raw(" " + uids.toWire() + " (" + items + ")");
    if (changedSince > 0) {
        c.raw(" (CHANGEDSINCE " + QByteArray::number(changedSince) + (vanished ? " VANISHED)" : ")"));
        c.extendedSyntax << "CONDSTORE" << "QRESYNC";
        c.baseForm = std::make_shared<const ImapCommand>(uidFetch(uids, items));
    }
    c.largeLiterals = items.contains("BODY") && items.contains('[');
    return c;
}

QByteArray ImapCommand::headerItems(bool modseq)
{
    return QByteArray("UID FLAGS INTERNALDATE RFC822.SIZE ENVELOPE BODYSTRUCTURE") +
           (modseq ? " MODSEQ" : "");
}

QByteArray ImapCommand::bodyItem(const QByteArray &section, qint64 origin, qint64 length)
{
    QByteArray item = "BODY.PEEK[" + section + "]";
    if (origin >= 0 && length > 0)
        item += '<' + QByteArray::number(origin) + '.' + QByteArray::number(length) + '>';
    return item;
}

ImapCommand ImapCommand::uidStore(const ImapSequenceSet &uids, StoreMode mode,
                                  const QList<QByteArray> &flags, bool silent, quint64 unchangedSince)
{
    ImapCommand c = make(Kind::Store, "UID STORE");
    c.raw(" " + uids.toWire());
    if (unchangedSince > 0)
        c.raw(" (UNCHANGEDSINCE " + QByteArray::number(unchangedSince) + ")");
    const char *op = mode == StoreMode::Add ? " +FLAGS" : mode == StoreMode::Remove ? " -FLAGS" : " FLAGS";
    c.raw(QByteArray(op) + (silent ? ".SILENT " : " ") + flagList(flags));
    return c;
}

ImapCommand ImapCommand::uidCopy(const ImapSequenceSet &uids, const QString &mailbox)
{
    ImapCommand c = make(Kind::Copy, "UID COPY");
    c.raw(" " + uids.toWire() + " ").mailboxName(mailbox);
    return c;
}

ImapCommand ImapCommand::uidMove(const ImapSequenceSet &uids, const QString &mailbox)
{
    ImapCommand c = make(Kind::Move, "UID MOVE", true);
    c.raw(" " + uids.toWire() + " ").mailboxName(mailbox);
    return c;
}

ImapCommand ImapCommand::expunge() { return make(Kind::Expunge, "EXPUNGE", true); }

ImapCommand ImapCommand::uidExpunge(const ImapSequenceSet &uids)
{
    ImapCommand c = make(Kind::UidExpunge, "UID EXPUNGE", true);
    c.raw(" " + uids.toWire());
    return c;
}

QByteArray ImapCommand::formatDate(const QDateTime &dt)
{
    static const char *months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                   "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const int offset = dt.offsetFromUtc();
    const int a = qAbs(offset) / 60;
    const QDate d = dt.date();
    const QTime t = dt.time();
    return QByteArray::number(d.day()).rightJustified(2, '0') + '-' + months[d.month() - 1] + '-' +
           QByteArray::number(d.year()) + ' ' + t.toString(QStringLiteral("hh:mm:ss")).toLatin1() +
           ' ' + (offset < 0 ? '-' : '+') + QByteArray::number(a / 60).rightJustified(2, '0') +
           QByteArray::number(a % 60).rightJustified(2, '0');
}

ImapCommand ImapCommand::append(const QString &mailbox, const QList<QByteArray> &flags,
                                const QDateTime &internalDate, const QByteArray &message)
{
    ImapCommand c = make(Kind::Append, "APPEND");
    c.mailbox = mailbox;
    c.raw(" ").mailboxName(mailbox);
    if (!flags.isEmpty())
        c.raw(" " + flagList(flags));
    if (internalDate.isValid())
        c.raw(" \"" + formatDate(internalDate) + "\"");
    c.raw(" ");
    c.literal(message);
    return c;
}

ImapCommand ImapCommand::create(const QString &mailbox)
{
    ImapCommand c = make(Kind::Create, "CREATE");
    c.raw(" ").mailboxName(mailbox);
    return c;
}

ImapCommand ImapCommand::deleteMailbox(const QString &mailbox)
{
    ImapCommand c = make(Kind::Delete, "DELETE");
    c.raw(" ").mailboxName(mailbox);
    return c;
}

ImapCommand ImapCommand::rename(const QString &from, const QString &to)
{
    ImapCommand c = make(Kind::Rename, "RENAME");
    c.raw(" ").mailboxName(from).raw(" ").mailboxName(to);
    return c;
}

ImapCommand ImapCommand::subscribe(const QString &mailbox)
{
    ImapCommand c = make(Kind::Subscribe, "SUBSCRIBE");
    c.raw(" ").mailboxName(mailbox);
    return c;
}

ImapCommand ImapCommand::unsubscribe(const QString &mailbox)
{
    ImapCommand c = make(Kind::Unsubscribe, "UNSUBSCRIBE");
    c.raw(" ").mailboxName(mailbox);
    return c;
}

ImapCommand ImapCommand::subscribedList(bool listExtended)
{
    if (listExtended) {
        // RFC 5258 §3.1: the SUBSCRIBED selection option; answered with LIST lines.
        ImapCommand c = make(Kind::List, "LIST");
        c.raw(" (SUBSCRIBED) \"\" *");
        return c;
    }
    ImapCommand c = make(Kind::Lsub, "LSUB"); // RFC 3501 §6.3.9
    c.raw(" \"\" *");
    return c;
}

ImapCommand ImapCommand::uidSearch(const QByteArray &criteria, const QString &text)
{
    ImapCommand c = make(Kind::Search, "UID SEARCH");
    const QByteArray utf8 = text.toUtf8();
    bool ascii = true;
    for (const char ch : utf8)
        ascii = ascii && uchar(ch) < 0x80;
    if (!text.isEmpty() && !ascii)
        c.raw(" CHARSET UTF-8"); // RFC 3501 §6.4.4
    c.raw(" " + (criteria.isEmpty() ? QByteArray("ALL") : criteria));
    if (!text.isEmpty())
        c.raw(" TEXT ").astring(utf8);
    return c;
}

ImapCommand ImapCommand::idle() { return make(Kind::Idle, "IDLE", true); }

} // namespace carteiro

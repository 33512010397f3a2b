// SPDX-License-Identifier: GPL-3.0-or-later
// IMAP lines in context (RFC 9051): tags tie each tagged result to its
// command (§2.2.1), untagged responses are read item by item (§7), "+" is a
// continuation request for a literal, an IDLE or a SASL step (§7.6), and a
// literal's bytes are counted (§4.3).
#include "trace/CommandCatalog.h"
#include "trace/LineReader.h"
#include "trace/SaslSteps.h"

#include <QHash>
#include <QRegularExpression>

namespace carteiro::trace_detail {

namespace {

// Splits at top-level spaces; (...), [...], "..." and {...} stay whole.
QList<QByteArray> topLevelTokens(QByteArrayView s)
{
    QList<QByteArray> out;
    int depth = 0;
    bool quoted = false;
    qsizetype start = 0;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const char c = s.at(i);
        if (quoted) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                quoted = false;
            continue;
        }
        if (c == '"')
            quoted = true;
        else if (c == '(' || c == '[' || c == '{')
            ++depth;
        else if ((c == ')' || c == ']' || c == '}') && depth > 0)
            --depth;
        else if (c == ' ' && depth == 0) {
            if (i > start)
                out << s.sliced(start, i - start).toByteArray();
            start = i + 1;
        }
    }
    if (s.size() > start)
        out << s.sliced(start).toByteArray();
    return out;
}

QByteArray stripParens(QByteArray s)
{
    if (s.startsWith('('))
        s.remove(0, 1);
    if (s.endsWith(')'))
        s.chop(1);
    return s;
}

// "{12}" / "{12+}" at the end of a line (RFC 9051 §4.3, RFC 7888 §3); -1 if none.
qint64 literalAtEnd(const QByteArray &line, bool *nonSync)
{
    static const QRegularExpression re(QStringLiteral("\\{(\\d{1,12})(\\+?)\\}$"));
    const QRegularExpressionMatch m = re.match(QString::fromLatin1(line));
    if (!m.hasMatch())
        return -1;
    *nonSync = !m.captured(2).isEmpty();
    return m.captured(1).toLongLong();
}

// A FETCH item name as the table keys it: BODY.PEEK[HEADER]<0.100> -> BODY.PEEK[]
QString fetchItemKey(const QByteArray &token)
{
    QByteArray name = token.toUpper();
    const qsizetype bracket = name.indexOf('[');
    if (bracket >= 0)
        name = name.left(bracket) + "[]";
    const QString key = QStringLiteral("imap.fetch.") + QString::fromLatin1(name);
    return key;
}

Part fetchItem(const QByteArray &token)
{
    const QString key = fetchItemKey(token);
    if (hasExplanation(key))
        return Part(key);
    return Part("imap.fetch.other",
                {atomArg(token.left(token.indexOf('[') < 0 ? token.size() : token.indexOf('[')))});
}

} // namespace

Part imapCapability(const QByteArray &atom)
{
    const QByteArray upper = atom.toUpper();
    if (upper == "IMAP4REV1")
        return Part("imap.cap.IMAP4rev1");
    if (upper == "IMAP4REV2")
        return Part("imap.cap.IMAP4rev2");
    const QString exact = QStringLiteral("imap.cap.") + QString::fromLatin1(upper);
    if (hasExplanation(exact) && !exact.endsWith(u"="))
        return Part(exact);
    const qsizetype eq = upper.indexOf('=');
    if (eq > 0) {
        const QString prefix = QStringLiteral("imap.cap.") + QString::fromLatin1(upper.left(eq));
        const QStringList value{atomArg(atom.mid(eq + 1))};
        if (hasExplanation(prefix + QLatin1Char('=')))
            return Part(prefix + QLatin1Char('='), value);
        if (upper.startsWith("APPENDLIMIT"))
            return Part("imap.cap.APPENDLIMIT");
        if (hasExplanation(prefix))
            return Part(prefix, value);
    }
    return Part("imap.cap.other", {atomArg(atom)});
}

namespace {

Part prefixed(const char *family, const QByteArray &atom)
{
    const QString key =
        QLatin1String(family) + QLatin1Char('.') + QString::fromLatin1(atom.toUpper());
    if (hasExplanation(key))
        return Part(key);
    return Part(QLatin1String(family) + QStringLiteral(".other"), {atomArg(atom)});
}

Part flag(const QByteArray &atom)
{
    const QString key = QStringLiteral("imap.flag.") + QString::fromLatin1(atom.toUpper());
    if (hasExplanation(key))
        return Part(key);
    return Part("imap.flag.keyword", {atomArg(atom)});
}

struct Pending
{
    QByteArray verb; // "SELECT", "UID FETCH"
};

class ImapLineReader final : public LineExplainer::Reader
{
public:
    Parts read(Direction direction, const QByteArray &line) override
    {
        return direction == Direction::ClientToServer ? client(line) : server(line);
    }

    void noteBody(Direction direction, qint64 bytes) override
    {
        if (direction == Direction::ClientToServer && m_clientLiteral > 0) {
            m_clientLiteral = std::max<qint64>(0, m_clientLiteral - bytes);
            m_afterLiteral = m_clientLiteral == 0;
        }
    }

    void noteTls() override { m_sasl.finish(); }

private:
    Parts client(const QByteArray &line)
    {
        if (m_clientLiteral > 0) {
            m_clientLiteral = std::max<qint64>(0, m_clientLiteral - line.size() - 2);
            m_afterLiteral = m_clientLiteral == 0;
            return {Part("imap.literal.client")};
        }
        if (m_afterLiteral) {
            m_afterLiteral = false;
            // What follows a literal is the rest of its command, unless the
            // command ended with the literal and this is the next one ("a10
            // NOOP"): the trace may show the rest, or nothing at all.
            const QList<QByteArray> w = line.split(' ');
            if (w.size() < 2 ||
                !CommandCatalog::find(Protocol::Imap, QString::fromLatin1(w.value(1)))) {
                Parts parts{Part("imap.command.continued")};
                literalParts(line, &parts);
                return parts;
            }
        }
        if (m_sasl.active() && m_sasl.awaitingResponse())
            return m_sasl.response(line);
        if (!m_idleTag.isEmpty() && line.trimmed().toUpper() == "DONE")
            return {Part("cmd.imap.DONE")};

        const QList<QByteArray> words = line.split(' ');
        const QByteArray tag = words.value(0);
        QByteArray verb = words.value(1).toUpper();
        if (words.size() < 2 || CommandCatalog::find(Protocol::Imap, QString::fromLatin1(tag))) {
            // "LOGOUT" typed without a tag.
            return {Part("imap.cmd.no-tag.unknown")};
        }
        Parts parts;
        int argsFrom = 2;
        if (verb == "UID" && words.size() > 2) {
            verb = words.value(2).toUpper();
            argsFrom = 3;
            m_tags.insert(tag, {"UID " + verb});
        } else {
            m_tags.insert(tag, {verb});
        }
        const auto info = CommandCatalog::find(Protocol::Imap, QString::fromLatin1(verb));
        if (!info)
            return {Part("imap.cmd.unknown", {atomArg(verb)})};
        parts << Part(QStringLiteral("cmd.imap.") + info->verb);
        if (argsFrom == 3)
            parts << Part("imap.uid");

        const QByteArray args = words.mid(argsFrom).join(' ');
        if (verb == "LOGIN") {
            parts << Part("imap.login.masked");
        } else if (verb == "AUTHENTICATE") {
            const QList<QByteArray> a = args.split(' ');
            const bool ir = a.size() > 1;
            m_sasl.start(a.value(0), ir);
            if (!a.value(0).isEmpty())
                parts << SaslSteps::mechanism(a.value(0));
            if (ir)
                parts << m_sasl.initialResponse();
        } else if (verb == "FETCH") {
            const QList<QByteArray> tokens = topLevelTokens(args);
            for (int i = 1; i < tokens.size(); ++i) {
                for (const QByteArray &item : topLevelTokens(stripParens(tokens.at(i)))) {
                    bool number = false;
                    item.toLongLong(&number);
                    if (!number)
                        parts << fetchItem(item);
                }
            }
        } else if (verb == "IDLE") {
            m_idleTag = tag;
        } else if (verb == "LOGOUT") {
            m_loggingOut = true;
        }
        literalParts(line, &parts);
        return parts;
    }

    void literalParts(const QByteArray &line, Parts *parts)
    {
        bool nonSync = false;
        const qint64 n = literalAtEnd(line, &nonSync);
        if (n < 0)
            return;
        m_clientLiteral = n;
        m_afterLiteral = n == 0;
        m_waitLiteral = !nonSync;
        parts->append(Part(nonSync ? "imap.literal.non-sync" : "imap.literal.sync"));
    }

    Parts server(const QByteArray &line)
    {
        if (line.startsWith('+'))
            return continuation(line.mid(2));
        if (line.startsWith("* "))
            return untagged(line.mid(2));
        const QList<QByteArray> words = line.split(' ');
        const QByteArray status = words.value(1).toUpper();
        if (words.size() < 2 || (status != "OK" && status != "NO" && status != "BAD"))
            return {Part("imap.response.malformed.unknown")};
        return tagged(words.value(0), status, line.mid(words.value(0).size() + 1));
    }

    Parts continuation(const QByteArray &rest)
    {
        if (m_sasl.active())
            return m_sasl.challenge(rest);
        if (m_waitLiteral) {
            m_waitLiteral = false;
            return {Part("imap.continue.literal")};
        }
        if (!m_idleTag.isEmpty())
            return {Part("imap.continue.idle")};
        return {Part("imap.continue")};
    }

    // "OK [CODE args] text": the code and, for CAPABILITY, its atoms.
    static void responseCode(const QByteArray &afterStatus, Parts *parts)
    {
        const QByteArray rest = afterStatus.trimmed();
        if (!rest.startsWith('['))
            return;
        const qsizetype close = rest.indexOf(']');
        const QByteArray inside = rest.mid(1, close < 0 ? -1 : close - 1);
        const QList<QByteArray> words = inside.split(' ');
        const QByteArray atom = words.value(0).toUpper();
        parts->append(Part(QStringLiteral("code.imap.") + QString::fromLatin1(atom)));
        if (atom == "CAPABILITY") {
            for (const QByteArray &cap : words.mid(1)) {
                if (!cap.isEmpty())
                    parts->append(imapCapability(cap));
            }
        }
    }

    Parts untagged(const QByteArray &rest)
    {
        const QList<QByteArray> tokens = topLevelTokens(rest);
        QByteArray keyword = tokens.value(0).toUpper();
        bool isNumber = false;
        const qint64 number = keyword.toLongLong(&isNumber);
        if (isNumber) {
            keyword = tokens.value(1).toUpper();
            const QStringList arg{QString::number(number)};
            if (keyword == "EXISTS" || keyword == "RECENT" || keyword == "EXPUNGE")
                return {Part(QStringLiteral("imap.untagged.") + QString::fromLatin1(keyword), arg)};
            if (keyword == "FETCH") {
                Parts parts{Part("imap.untagged.FETCH", arg)};
                const QList<QByteArray> items = topLevelTokens(stripParens(tokens.value(2)));
                for (int i = 0; i < items.size(); i += 2)
                    parts << fetchItem(items.at(i));
                return parts;
            }
            return {Part("imap.untagged.other", {atomArg(keyword)})};
        }
        const QByteArray afterKeyword = rest.mid(tokens.value(0).size() + 1);
        if (keyword == "OK" || keyword == "NO" || keyword == "BAD" || keyword == "BYE" ||
            keyword == "PREAUTH") {
            Parts parts;
            if (!m_greeted && keyword != "NO" && keyword != "BAD") {
                parts << Part(QStringLiteral("imap.greeting.") +
                              QString::fromLatin1(keyword == "BYE" ? "BYE" : keyword));
            } else if (keyword == "BYE" && m_loggingOut) {
                parts << Part("imap.untagged.BYE.LOGOUT");
            } else if (keyword == "PREAUTH") {
                parts << Part("imap.greeting.PREAUTH");
            } else {
                parts << Part(QStringLiteral("imap.untagged.") + QString::fromLatin1(keyword));
            }
            m_greeted = true;
            responseCode(afterKeyword, &parts);
            return parts;
        }
        m_greeted = true;
        Parts parts;
        if (keyword == "CAPABILITY" || keyword == "ENABLED") {
            parts << Part(QStringLiteral("imap.untagged.") + QString::fromLatin1(keyword));
            for (const QByteArray &cap : tokens.mid(1))
                parts << imapCapability(cap);
        } else if (keyword == "LIST" || keyword == "LSUB") {
            parts << Part(QStringLiteral("imap.untagged.") + QString::fromLatin1(keyword));
            for (const QByteArray &attr : stripParens(tokens.value(1)).split(' ')) {
                if (!attr.isEmpty())
                    parts << prefixed("imap.list", attr);
            }
        } else if (keyword == "STATUS") {
            parts << Part("imap.untagged.STATUS");
            const QList<QByteArray> items = topLevelTokens(stripParens(tokens.value(2)));
            for (int i = 0; i < items.size(); i += 2)
                parts << prefixed("imap.status", items.at(i));
        } else if (keyword == "ESEARCH") {
            parts << Part("imap.untagged.ESEARCH");
            int i = 1;
            if (tokens.value(1).startsWith('(')) {
                parts << Part("imap.esearch.TAG");
                ++i;
            }
            for (; i < tokens.size(); ++i) {
                const QByteArray name = tokens.at(i).toUpper();
                parts << prefixed("imap.esearch", name);
                if (name != "UID")
                    ++i; // its value
            }
        } else if (keyword == "FLAGS") {
            parts << Part("imap.untagged.FLAGS");
            for (const QByteArray &f : stripParens(tokens.value(1)).split(' ')) {
                if (!f.isEmpty())
                    parts << flag(f);
            }
        } else if (keyword == "VANISHED") {
            parts << Part(tokens.value(1).toUpper() == "(EARLIER)"
                              ? "imap.untagged.VANISHED.EARLIER"
                              : "imap.untagged.VANISHED");
        } else if (hasExplanation(QStringLiteral("imap.untagged.") +
                                  QString::fromLatin1(keyword))) {
            parts << Part(QStringLiteral("imap.untagged.") + QString::fromLatin1(keyword));
        } else {
            parts << Part("imap.untagged.other", {atomArg(keyword)});
        }
        return parts;
    }

    Parts tagged(const QByteArray &tag, const QByteArray &status, const QByteArray &rest)
    {
        const Pending pending = m_tags.take(tag);
        const QByteArray verb = pending.verb;
        if (verb == "AUTHENTICATE")
            m_sasl.finish();
        if (verb == "IDLE")
            m_idleTag.clear();
        if (verb == "STARTTLS" && status == "OK")
            m_greeted = true;
        Parts parts;
        const QString specific = QStringLiteral("imap.tagged.") + QString::fromLatin1(status) +
                                 QLatin1Char('.') + QString::fromLatin1(verb);
        if (!verb.isEmpty() && hasExplanation(specific))
            parts << Part(specific);
        else if (!verb.isEmpty())
            parts << Part(QStringLiteral("imap.tagged.") + QString::fromLatin1(status),
                          {QString::fromLatin1(verb)});
        else
            parts << Part(QStringLiteral("imap.tagged.") + QString::fromLatin1(status) +
                          QStringLiteral(".any"));
        responseCode(rest.mid(status.size() + 1), &parts);
        return parts;
    }

    QHash<QByteArray, Pending> m_tags;
    SaslSteps m_sasl;
    QByteArray m_idleTag;
    qint64 m_clientLiteral = 0;
    bool m_afterLiteral = false;
    bool m_waitLiteral = false;
    bool m_greeted = false;
    bool m_loggingOut = false;
};

} // namespace

std::unique_ptr<LineExplainer::Reader> makeImapReader()
{
    return std::make_unique<ImapLineReader>();
}

} // namespace carteiro::trace_detail

// SPDX-License-Identifier: GPL-3.0-or-later
// POP3 lines in context (RFC 1939): the replies come back in the order of the
// commands (also when pipelined, RFC 2449 §6.6), some are multi-line and end
// at a lone dot (§3), "+ " carries a SASL challenge (RFC 5034 §4), "-ERR" may
// carry a response code in brackets (RFC 2449 §8, RFC 3206).
#include "trace/CommandCatalog.h"
#include "trace/LineReader.h"
#include "trace/SaslSteps.h"

#include <deque>

namespace carteiro::trace_detail {

namespace {

struct Pending
{
    QByteArray verb;
    bool hasArgument = false;
};

bool isMultiLine(const Pending &p)
{
    // RFC 1939 §5, §7; RFC 2449 §5: LIST and UIDL without an argument, RETR,
    // TOP and CAPA answer with a multi-line reply.
    if (p.verb == "RETR" || p.verb == "TOP" || p.verb == "CAPA")
        return true;
    return (p.verb == "LIST" || p.verb == "UIDL") && !p.hasArgument;
}

class Pop3LineReader final : public LineExplainer::Reader
{
public:
    Parts read(Direction direction, const QByteArray &line) override
    {
        return direction == Direction::ClientToServer ? client(line) : server(line);
    }

    void noteTls() override
    {
        m_pending.clear();
        m_multiLine.clear();
        m_sasl.finish();
    }

private:
    Parts client(const QByteArray &line)
    {
        if (m_sasl.active() && m_sasl.awaitingResponse())
            return m_sasl.response(line);
        const QList<QByteArray> words = line.simplified().split(' ');
        const QByteArray verb = words.value(0).toUpper();
        Pending pending{verb, words.size() > 1};
        m_pending.push_back(pending);
        const auto info = CommandCatalog::find(Protocol::Pop3, QString::fromLatin1(verb));
        if (!info)
            return {Part("pop3.cmd.unknown", {atomArg(verb)})};
        Parts parts{Part(QStringLiteral("cmd.pop3.") + info->verb)};
        if (verb == "PASS")
            parts << Part("pop3.pass.masked");
        if (verb == "AUTH" && words.size() > 1) {
            m_sasl.start(words.value(1), words.size() > 2);
            parts << SaslSteps::mechanism(words.value(1));
            if (words.size() > 2)
                parts << m_sasl.initialResponse();
        }
        return parts;
    }

    Parts server(const QByteArray &line)
    {
        if (!m_multiLine.isEmpty())
            return multiLine(line);
        if (line.startsWith("+ ") || line == "+") {
            if (m_sasl.active())
                return m_sasl.challenge(line.mid(2));
            return {Part("pop3.continue")};
        }
        const bool ok = line.startsWith("+OK");
        const bool err = line.startsWith("-ERR");
        if (!ok && !err)
            return {Part("pop3.reply.malformed.unknown")};
        const QByteArray text = line.mid(ok ? 3 : 4).trimmed();

        if (!m_greeted) {
            m_greeted = true;
            if (err)
                return withCode({Part("pop3.greeting.refused")}, text);
            Parts parts{Part("pop3.greeting")};
            if (text.contains('<') && text.contains('@') && text.contains('>'))
                parts << Part("pop3.greeting.apop");
            return parts;
        }
        const Pending p = m_pending.empty() ? Pending{} : m_pending.front();
        if (!m_pending.empty())
            m_pending.pop_front();
        if (p.verb == "AUTH")
            m_sasl.finish();
        const QString status = QLatin1String(ok ? "ok" : "err");
        const QString verb = QString::fromLatin1(p.verb);
        if (ok && isMultiLine(p))
            m_multiLine = p.verb;
        Parts parts;
        if (ok && p.verb == "STAT") {
            const QList<QByteArray> w = text.split(' ');
            parts << Part("pop3.ok.STAT", {atomArg(w.value(0)), atomArg(w.value(1))});
        } else if (ok && (p.verb == "LIST" || p.verb == "UIDL") && p.hasArgument) {
            const QList<QByteArray> w = text.split(' ');
            parts << Part(QStringLiteral("pop3.ok.") + verb + QStringLiteral(".one"),
                          {atomArg(w.value(0)), atomArg(w.value(1))});
        } else if (!p.verb.isEmpty() &&
                   hasExplanation(QStringLiteral("pop3.") + status + QLatin1Char('.') + verb)) {
            parts << Part(QStringLiteral("pop3.") + status + QLatin1Char('.') + verb);
        } else if (!p.verb.isEmpty() && CommandCatalog::find(Protocol::Pop3, verb)) {
            parts << Part(QStringLiteral("pop3.") + status, {verb});
        } else {
            parts << Part(QStringLiteral("pop3.") + status + QStringLiteral(".any"));
        }
        return withCode(parts, text);
    }

    // RFC 2449 §8: "-ERR [IN-USE] ..." (also on +OK, rarely).
    static Parts withCode(Parts parts, const QByteArray &text)
    {
        if (text.startsWith('[')) {
            const qsizetype close = text.indexOf(']');
            if (close > 1)
                parts << Part(QStringLiteral("code.pop3.") +
                              QString::fromLatin1(text.mid(1, close - 1).toUpper()));
        }
        return parts;
    }

    Parts multiLine(const QByteArray &line)
    {
        const QByteArray verb = m_multiLine;
        if (line == ".") {
            m_multiLine.clear();
            return {Part("pop3.multiline.end")};
        }
        if (line.startsWith("<body: ")) {
            // Carteiro's own framer shows the whole body as one summary line.
            m_multiLine.clear();
            const QString key = QStringLiteral("pop3.body.") + QString::fromLatin1(verb);
            return {Part(hasExplanation(key) ? key : QStringLiteral("pop3.body"))};
        }
        const QList<QByteArray> words = line.split(' ');
        if (verb == "LIST")
            return {Part("pop3.list.line", {atomArg(words.value(0)), atomArg(words.value(1))})};
        if (verb == "UIDL")
            return {Part("pop3.uidl.line", {atomArg(words.value(0))})};
        if (verb == "CAPA")
            return pop3CapaLine(line);
        if (line.startsWith(".."))
            return {Part("pop3.message.stuffed", {atomArg(line.mid(1))})};
        return {Part("pop3.message.line")};
    }

    std::deque<Pending> m_pending;
    SaslSteps m_sasl;
    QByteArray m_multiLine; // the command whose multi-line reply is being read
    bool m_greeted = false;
};

} // namespace

Parts pop3CapaLine(const QByteArray &line)
{
    // RFC 2449 §5: capa-tag *(SP param)
    const QList<QByteArray> words = line.simplified().split(' ');
    const QByteArray tag = words.value(0).toUpper();
    const QString key = QStringLiteral("pop3.capa.") + QString::fromLatin1(tag);
    if (!hasExplanation(key))
        return {Part("pop3.capa.other", {atomArg(tag)})};
    Parts parts{Part(key)};
    if (tag == "SASL") {
        for (const QByteArray &m : words.mid(1)) {
            if (!m.isEmpty())
                parts << SaslSteps::mechanism(m);
        }
    }
    return parts;
}

std::unique_ptr<LineExplainer::Reader> makePop3Reader()
{
    return std::make_unique<Pop3LineReader>();
}

} // namespace carteiro::trace_detail

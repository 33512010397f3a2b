#include "trace/CapabilityExplanation.h"

#include "trace/ExplanationTable.h"
#include "trace/LineExplainer.h"

namespace carteiro {

using namespace trace_detail;

namespace {
CapabilityExplanation from(const LineExplanation &e)
{
    CapabilityExplanation out;
    out.key = e.key;
    out.text = e.text;
    out.source = e.source;
    out.link = e.link;
    out.known = e.known;
    return out;
}

// An IMAP atom the way the catalog's CAPABILITY reader names it (an exact entry,
// "NAME=" with the value, "NAME" with the value, or "other").
Parts imapCapabilityParts(const QString &atom)
{
    const QString upper = atom.toUpper();
    if (upper == QLatin1String("IMAP4REV1"))
        return {Part("imap.cap.IMAP4rev1")};
    if (upper == QLatin1String("IMAP4REV2"))
        return {Part("imap.cap.IMAP4rev2")};
    const QString exact = QStringLiteral("imap.cap.") + upper;
    if (hasExplanation(exact) && !exact.endsWith(u'='))
        return {Part(exact)};
    const qsizetype eq = upper.indexOf(u'=');
    if (eq > 0) {
        const QString prefix = QStringLiteral("imap.cap.") + upper.left(eq);
        const QStringList value{atomArg(atom.mid(eq + 1).toUtf8())};
        if (hasExplanation(prefix + QLatin1Char('=')))
            return {Part(prefix + QLatin1Char('='), value)};
        if (hasExplanation(prefix))
            return {Part(prefix, value)};
    }
    return {Part("imap.cap.other", {atomArg(atom.toUtf8())})};
}
} // namespace

CapabilityExplanation explainCapability(Protocol protocol, const QString &name,
                                        const QString &parameters)
{
    // The catalog (trace/LineExplainer.h) holds the texts; SMTP keywords and POP3
    // CAPA tags are read in their own context, exactly as the transcript reads them.
    const QByteArray line =
        (parameters.isEmpty() ? name : name + QLatin1Char(' ') + parameters).toUtf8();
    switch (protocol) {
    case Protocol::Smtp: {
        LineExplainer explainer(Protocol::Smtp);
        explainer.explain(Direction::ClientToServer, "EHLO carteiro");
        explainer.explain(Direction::ServerToClient, "250-server");
        return from(explainer.explain(Direction::ServerToClient, "250 " + line));
    }
    case Protocol::Pop3: {
        LineExplainer explainer(Protocol::Pop3);
        explainer.explain(Direction::ServerToClient, "+OK ready");
        explainer.explain(Direction::ClientToServer, "CAPA");
        explainer.explain(Direction::ServerToClient, "+OK");
        return from(explainer.explain(Direction::ServerToClient, line));
    }
    case Protocol::Imap:
        return from(LineExplainer::fromKey(keyOf(imapCapabilityParts(name))));
    case Protocol::Other:
        break;
    }
    return {};
}

} // namespace carteiro

// --explain for `carteiro-cli console`: one "*:" line after every server line,
// from the explanation catalog (LineExplainer), in the interface language.
#include "ConsoleInput.h"

#include <QCoreApplication>
#include <memory>

#if __has_include("trace/LineExplainer.h")
#include "trace/LineExplainer.h"
#define CARTEIRO_HAS_LINE_EXPLAINER 1
#endif

namespace carteiro::cli {

namespace {
struct TrCli { Q_DECLARE_TR_FUNCTIONS(Cli) };
} // namespace

std::function<QString(const TraceEvent &)> consoleExplainer(Protocol protocol, bool enabled)
{
    if (!enabled)
        return {};
#ifdef CARTEIRO_HAS_LINE_EXPLAINER
    // Stateful: it sees every line in order, both directions, so that a reply is
    // explained as the answer to its command.
    auto explainer = std::make_shared<LineExplainer>(protocol);
    return [explainer](const TraceEvent &e) -> QString {
        if (e.kind != TraceKind::Line || e.direction == Direction::Note)
            return {};
        const LineExplanation x = explainer->explain(e.direction, e.bytes);
        if (e.direction != Direction::ServerToClient)
            return {};
        if (x.text.isEmpty())
            return TrCli::tr("(no explanation for this line in the catalog)");
        return x.source.isEmpty() ? x.text : QStringLiteral("%1 (%2)").arg(x.text, x.source);
    };
#else
    Q_UNUSED(protocol);
    return [](const TraceEvent &e) -> QString {
        if (e.kind != TraceKind::Line || e.direction != Direction::ServerToClient)
            return {};
        return TrCli::tr("(no explanation for this line in the catalog)");
    };
#endif
}

} // namespace carteiro::cli

#include "console/ConsoleExplainer.h"

#include <QCoreApplication>

#if __has_include("trace/LineExplainer.h")
#include "trace/LineExplainer.h"
#define CARTEIRO_HAS_LINE_EXPLAINER 1
#else
namespace carteiro {
class LineExplainer
{
};
} // namespace carteiro
#endif

namespace carteiro {

namespace {
struct TrConsole { Q_DECLARE_TR_FUNCTIONS(Console) };
} // namespace

ConsoleExplainer::ConsoleExplainer(Protocol protocol)
#ifdef CARTEIRO_HAS_LINE_EXPLAINER
    : m_explainer(std::make_unique<LineExplainer>(protocol))
#endif
{
    Q_UNUSED(protocol);
}

ConsoleExplainer::~ConsoleExplainer() = default;

QString ConsoleExplainer::explain(const TraceEvent &event)
{
    if (event.kind != TraceKind::Line || event.direction == Direction::Note)
        return {};
#ifdef CARTEIRO_HAS_LINE_EXPLAINER
    const LineExplanation x = m_explainer->explain(event.direction, event.bytes);
    if (event.direction != Direction::ServerToClient)
        return {};
    if (!x.text.isEmpty())
        return x.source.isEmpty() ? x.text : QStringLiteral("%1 (%2)").arg(x.text, x.source);
#else
    if (event.direction != Direction::ServerToClient)
        return {};
#endif
    return TrConsole::tr("(no explanation for this line in the catalog)");
}

} // namespace carteiro

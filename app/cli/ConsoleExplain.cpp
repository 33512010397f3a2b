// --explain for `carteiro-cli console`: one "*:" line after every server line.
#include "ConsoleInput.h"
#include "console/ConsoleExplainer.h"

#include <memory>

namespace carteiro::cli {

std::function<QString(const TraceEvent &)> consoleExplainer(Protocol protocol, bool enabled)
{
    if (!enabled)
        return {};
    auto explainer = std::make_shared<ConsoleExplainer>(protocol);
    return [explainer](const TraceEvent &e) { return explainer->explain(e); };
}

} // namespace carteiro::cli

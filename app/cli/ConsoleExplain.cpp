// --explain for `carteiro-cli console`: one "*:" line per server line.
#include "ConsoleInput.h"

namespace carteiro::cli {

std::function<QString(const TraceEvent &)> consoleExplainer(Protocol protocol, bool enabled)
{
    Q_UNUSED(protocol);
    if (!enabled)
        return {};
    // Wired to LineExplainer (core/trace) once it is on main.
    return {};
}

} // namespace carteiro::cli

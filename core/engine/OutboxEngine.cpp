// OutboxEngine: the facade's life cycle. The worker and the rest of the API
// land with the durable outbox (issue 10); until then nothing uses the class.
#include "engine/OutboxEngine.h"

namespace carteiro {

OutboxEngine::OutboxEngine(TraceHub *, const QString &, QObject *parent) : QObject(parent) {}

OutboxEngine::~OutboxEngine()
{
    m_thread.quit();
    m_thread.wait();
}

} // namespace carteiro

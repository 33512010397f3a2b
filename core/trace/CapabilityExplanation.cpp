#include "trace/CapabilityExplanation.h"

namespace carteiro {

CapabilityExplanation explainCapability(Protocol protocol, const QString &name, const QString &parameters)
{
    Q_UNUSED(parameters);
    // Until the explanation catalog (trace/LineExplainer.h) lands, only the key is known.
    CapabilityExplanation out;
    switch (protocol) {
    case Protocol::Smtp: out.key = QStringLiteral("smtp.ehlo.") + name.toUpper(); break;
    case Protocol::Imap: out.key = QStringLiteral("imap.capability.") + name.toUpper(); break;
    case Protocol::Pop3: out.key = QStringLiteral("pop3.capa.") + name.toUpper(); break;
    case Protocol::Other: break;
    }
    return out;
}

} // namespace carteiro

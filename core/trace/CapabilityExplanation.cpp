// SPDX-License-Identifier: GPL-3.0-or-later
#include "trace/CapabilityExplanation.h"

#include "trace/LineExplainer.h"

namespace carteiro {

CapabilityExplanation explainCapability(Protocol protocol, const QString &name, const QString &parameters)
{
    // As the server lists it: an EHLO line without its code ("SIZE 41943040"),
    // a POP3 CAPA line ("SASL PLAIN"), an IMAP atom ("AUTH=PLAIN").
    QString line = name;
    if (!parameters.isEmpty())
        line += (protocol == Protocol::Imap && !name.contains(QLatin1Char('=')) ? QLatin1Char('=')
                                                                                 : QLatin1Char(' ')) +
                parameters;
    const LineExplanation e = LineExplainer::capability(protocol, line.toUtf8());
    CapabilityExplanation out;
    out.key = e.key;
    out.known = e.known;
    out.text = e.known ? e.text : QString();
    out.source = e.known ? e.source : QString();
    out.link = e.known ? e.link : QUrl();
    return out;
}

} // namespace carteiro

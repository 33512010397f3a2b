// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The one place the capability panel asks what an offered capability means
// (EHLO keyword, IMAP CAPABILITY atom, POP3 CAPA tag) and which RFC defines it.
// The texts themselves live in the explanation catalog (trace/LineExplainer.h),
// never here.
#include "trace/TraceEvent.h"

#include <QString>
#include <QUrl>

namespace carteiro {

struct CapabilityExplanation
{
    QString key;    // the catalog key, e.g. "smtp.ehlo.PIPELINING" (LineExplainer::fromKey)
    QString text;   // one line, translated; empty when the catalog does not know it
    QString source; // "RFC 2920 §3"
    QUrl link;      // rfc-editor.org link, empty when no RFC
    bool known = false;
};

// `name` is the keyword as the server wrote it ("PIPELINING", "AUTH", "AUTH=PLAIN",
// "SASL"), `parameters` the rest of its line ("PLAIN LOGIN", "41943040").
CapabilityExplanation explainCapability(Protocol protocol, const QString &name,
                                        const QString &parameters = {});

} // namespace carteiro

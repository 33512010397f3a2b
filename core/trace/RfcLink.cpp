// SPDX-License-Identifier: GPL-3.0-or-later
#include "trace/RfcLink.h"

#include <QRegularExpression>

namespace carteiro {

QUrl RfcLink::forSource(const QString &source)
{
    static const QRegularExpression re(
        QStringLiteral("RFC\\s*(\\d{1,5})(?:\\s*(?:§\\s*([0-9]+(?:\\.[0-9]+)*)|Appendix\\s+([A-Z](?"
                       ":\\.[0-9]+)*)))?"));
    const QRegularExpressionMatch m = re.match(source);
    if (!m.hasMatch())
        return {};
    QUrl url(QStringLiteral("https://www.rfc-editor.org/rfc/rfc") + m.captured(1));
    if (!m.captured(2).isEmpty())
        url.setFragment(QStringLiteral("section-") + m.captured(2));
    else if (!m.captured(3).isEmpty())
        url.setFragment(QStringLiteral("appendix-") + m.captured(3));
    return url;
}

} // namespace carteiro

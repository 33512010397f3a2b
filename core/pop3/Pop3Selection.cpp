// SPDX-License-Identifier: GPL-3.0-or-later
#include "pop3/Pop3Selection.h"

#include <QCoreApplication>
#include <QHash>

namespace carteiro {

namespace {
struct TrPop3 { Q_DECLARE_TR_FUNCTIONS(Pop3) };
} // namespace

std::optional<QList<Pop3MessageInfo>> Pop3Selection::merge(const QList<QByteArray> &uidlLines,
                                                           const QList<QByteArray> &listLines,
                                                           QString *error)
{
    QHash<int, qint64> sizes;
    sizes.reserve(listLines.size());
    for (const QByteArray &line : listLines) {
        const auto scan = Pop3Listing::parseScan(line);
        if (!scan || sizes.contains(scan->number)) {
            *error = TrPop3::tr("the server sent a malformed LIST line: \"%1\"").arg(QString::fromUtf8(line.left(80)));
            return std::nullopt;
        }
        sizes.insert(scan->number, scan->size);
    }
    QList<Pop3MessageInfo> all;
    all.reserve(uidlLines.size());
    QSet<int> seen;
    for (const QByteArray &line : uidlLines) {
        auto info = Pop3Listing::parseUidl(line);
        if (!info || seen.contains(info->number)) {
            *error = TrPop3::tr("the server sent a malformed UIDL line: \"%1\"").arg(QString::fromUtf8(line.left(80)));
            return std::nullopt;
        }
        seen.insert(info->number);
        const auto size = sizes.constFind(info->number);
        if (size == sizes.constEnd()) {
            *error = TrPop3::tr("message %1 is in the UIDL listing but not in the LIST listing").arg(info->number);
            return std::nullopt;
        }
        info->size = *size;
        all.append(*info);
    }
    if (all.size() != sizes.size()) {
        *error = TrPop3::tr("the UIDL listing has %1 messages but the LIST listing has %2")
                     .arg(all.size())
                     .arg(sizes.size());
        return std::nullopt;
    }
    std::sort(all.begin(), all.end(),
              [](const Pop3MessageInfo &a, const Pop3MessageInfo &b) { return a.number < b.number; });
    return all;
}

QList<Pop3MessageInfo> Pop3Selection::unseen(const QList<Pop3MessageInfo> &all,
                                             const QSet<QByteArray> &known)
{
    QList<Pop3MessageInfo> out;
    QSet<QByteArray> taken;
    for (const Pop3MessageInfo &m : all) {
        if (known.contains(m.uidl) || taken.contains(m.uidl))
            continue;
        taken.insert(m.uidl);
        out.append(m);
    }
    return out;
}

} // namespace carteiro

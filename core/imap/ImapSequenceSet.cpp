// SPDX-License-Identifier: GPL-3.0-or-later
#include "imap/ImapSequenceSet.h"

#include <algorithm>

namespace carteiro {

ImapSequenceSet ImapSequenceSet::fromRange(quint32 first, quint32 last)
{
    ImapSequenceSet s;
    s.m_ranges.append({first, last});
    return s;
}

ImapSequenceSet ImapSequenceSet::fromList(QList<quint32> uids)
{
    std::sort(uids.begin(), uids.end());
    ImapSequenceSet s;
    for (const quint32 u : uids) {
        if (u == 0)
            continue;
        if (!s.m_ranges.isEmpty() && (s.m_ranges.last().second == u ||
                                      s.m_ranges.last().second + 1 == u))
            s.m_ranges.last().second = u;
        else
            s.m_ranges.append({u, u});
    }
    return s;
}

std::optional<ImapSequenceSet> ImapSequenceSet::parse(QByteArrayView text)
{
    ImapSequenceSet s;
    if (text.isEmpty())
        return std::nullopt;
    auto number = [](QByteArrayView n, quint32 *out) {
        if (n == "*") {
            *out = 0;
            return true;
        }
        if (n.isEmpty() || n.size() > 10)
            return false;
        quint64 v = 0;
        for (const char c : n) {
            if (c < '0' || c > '9')
                return false;
            v = v * 10 + quint64(c - '0');
        }
        if (v == 0 || v > 0xffffffffULL)
            return false;
        *out = quint32(v);
        return true;
    };
    qsizetype pos = 0;
    while (pos <= text.size()) {
        qsizetype comma = text.indexOf(',', pos);
        if (comma < 0)
            comma = text.size();
        const QByteArrayView item = text.sliced(pos, comma - pos);
        const qsizetype colon = item.indexOf(':');
        quint32 a = 0, b = 0;
        if (colon < 0) {
            if (!number(item, &a))
                return std::nullopt;
            b = a;
        } else if (!number(item.first(colon), &a) || !number(item.sliced(colon + 1), &b)) {
            return std::nullopt;
        }
        if (a != 0 && b != 0 && a > b)
            std::swap(a, b); // RFC 3501 §9: 4:2 is the same as 2:4
        s.m_ranges.append({a, b});
        pos = comma + 1;
    }
    return s;
}

QByteArray ImapSequenceSet::toWire() const
{
    QByteArray out;
    auto num = [](quint32 n) { return n == 0 ? QByteArray("*") : QByteArray::number(n); };
    for (const Range &r : m_ranges) {
        if (!out.isEmpty())
            out += ',';
        out += num(r.first);
        if (r.second != r.first)
            out += ':' + num(r.second);
    }
    return out;
}

bool ImapSequenceSet::contains(quint32 n) const
{
    for (const Range &r : m_ranges) {
        const quint32 lo = r.first == 0 ? r.second : r.first;
        const quint32 hi = r.second == 0 ? 0xffffffffU : r.second;
        if (n >= qMin(lo, hi) && n <= qMax(lo, hi))
            return true;
    }
    return false;
}

quint64 ImapSequenceSet::count() const
{
    quint64 n = 0;
    for (const Range &r : m_ranges)
        n += (r.first == 0 || r.second == 0) ? 1 : quint64(r.second - r.first) + 1;
    return n;
}

std::optional<QList<quint32>> ImapSequenceSet::toList(quint64 limit) const
{
    if (count() > limit)
        return std::nullopt;
    QList<quint32> out;
    for (const Range &r : m_ranges) {
        if (r.first == 0 || r.second == 0)
            return std::nullopt;
        for (quint64 u = r.first; u <= r.second; ++u)
            out.append(quint32(u));
    }
    return out;
}

QList<ImapSequenceSet> ImapSequenceSet::chunks(quint32 size) const
{
    size = qMax(size, 1u);
    QList<ImapSequenceSet> out;
    ImapSequenceSet cur;
    quint64 inCur = 0;
    for (Range r : m_ranges) {
        if (r.first == 0 || r.second == 0) {
            cur.m_ranges.append(r);
            continue;
        }
        for (;;) {
            if (inCur >= size) {
                out.append(cur);
                cur = {};
                inCur = 0;
            }
            if (quint64(r.second) - r.first + 1 + inCur <= size)
                break;
            const quint32 take = quint32(size - inCur);
            cur.m_ranges.append({r.first, r.first + take - 1});
            out.append(cur);
            cur = {};
            inCur = 0;
            r.first += take;
        }
        cur.m_ranges.append(r);
        inCur += quint64(r.second) - r.first + 1;
    }
    if (!cur.isEmpty())
        out.append(cur);
    return out;
}

} // namespace carteiro

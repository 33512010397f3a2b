// SPDX-License-Identifier: GPL-3.0-or-later
#include "ThreadBuilder.h"

#include <QHash>

#include <algorithm>

namespace carteiro {

QList<QByteArray> ThreadBuilder::parseMessageIds(QByteArrayView field)
{
    // msg-id = "<" id-left "@" id-right ">" (RFC 5322 §3.6.4); we only need the
    // bracketed tokens as opaque keys.
    QList<QByteArray> ids;
    qsizetype i = 0;
    const qsizetype n = field.size();
    while (i < n) {
        const qsizetype open = field.indexOf('<', i);
        if (open < 0)
            break;
        const qsizetype close = field.indexOf('>', open + 1);
        if (close < 0)
            break;
        if (close > open + 1)
            ids.append(field.sliced(open, close - open + 1).toByteArray());
        i = close + 1;
    }
    return ids;
}

ThreadLayout ThreadBuilder::build(const std::vector<StoredMessage> &records,
                                  const std::vector<qint64> &dateKeys, bool newestThreadFirst)
{
    const int n = int(records.size());
    ThreadLayout layout;
    layout.parent.assign(size_t(n), -1);
    layout.depth.assign(size_t(n), 0);
    layout.order.reserve(size_t(n));

    // Duplicate Message-IDs keep their first holder: fill from the end.
    QHash<QByteArray, int> byId;
    byId.reserve(n);
    for (int i = n - 1; i >= 0; --i) {
        const QByteArray &id = records[size_t(i)].messageId;
        if (!id.isEmpty())
            byId.insert(id, i);
    }

    for (int i = 0; i < n; ++i) {
        const StoredMessage &m = records[size_t(i)];
        if (m.references.isEmpty() && m.inReplyTo.isEmpty())
            continue;
        const QByteArray pid =
            parentId(m, [&](const QByteArray &id) { return byId.contains(id); });
        if (!pid.isEmpty()) {
            const int p = byId.value(pid);
            if (p != i)
                layout.parent[size_t(i)] = p;
        }
    }

    // Break cycles (A references B and B references A): colour-marking walk,
    // 0 = unvisited, 1 = on the current path, 2 = done.
    std::vector<quint8> mark(size_t(n), 0);
    std::vector<int> path;
    for (int i = 0; i < n; ++i) {
        int v = i;
        path.clear();
        while (v >= 0 && mark[size_t(v)] == 0) {
            mark[size_t(v)] = 1;
            path.push_back(v);
            const int p = layout.parent[size_t(v)];
            if (p >= 0 && mark[size_t(p)] == 1) {
                layout.parent[size_t(v)] = -1; // the edge that closes the cycle
                break;
            }
            v = p;
        }
        for (int w : path)
            mark[size_t(w)] = 2;
    }

    // Children lists (CSR layout: one allocation for the whole folder).
    std::vector<int> childStart(size_t(n) + 1, 0);
    for (int i = 0; i < n; ++i) {
        if (layout.parent[size_t(i)] >= 0)
            ++childStart[size_t(layout.parent[size_t(i)]) + 1];
    }
    for (int i = 0; i < n; ++i)
        childStart[size_t(i) + 1] += childStart[size_t(i)];
    std::vector<int> children(static_cast<size_t>(childStart[size_t(n)]));
    {
        std::vector<int> fill(childStart.begin(), childStart.end() - 1);
        for (int i = 0; i < n; ++i) {
            const int p = layout.parent[size_t(i)];
            if (p >= 0)
                children[size_t(fill[size_t(p)]++)] = i;
        }
    }
    const auto byDate = [&](int a, int b) {
        const qint64 da = dateKeys[size_t(a)], db = dateKeys[size_t(b)];
        return da != db ? da < db : records[size_t(a)].id < records[size_t(b)].id;
    };
    for (int i = 0; i < n; ++i)
        std::sort(children.begin() + childStart[size_t(i)],
                  children.begin() + childStart[size_t(i) + 1], byDate);

    // The newest date of each thread: parents before children is not guaranteed
    // by index order, so accumulate along the (acyclic) parent chains bottom-up.
    std::vector<qint64> newest(dateKeys.begin(), dateKeys.end());
    std::vector<int> roots;
    std::vector<int> stack;
    for (int i = 0; i < n; ++i) {
        if (layout.parent[size_t(i)] < 0)
            roots.push_back(i);
    }
    // Post-order per root (iterative) to compute subtree maxima and depths.
    std::vector<int> post;
    post.reserve(size_t(n));
    for (int r : roots) {
        stack.push_back(r);
        while (!stack.empty()) {
            const int v = stack.back();
            stack.pop_back();
            post.push_back(v);
            for (int c = childStart[size_t(v)]; c < childStart[size_t(v) + 1]; ++c) {
                const int child = children[size_t(c)];
                layout.depth[size_t(child)] = layout.depth[size_t(v)] + 1;
                stack.push_back(child);
            }
        }
    }
    for (auto it = post.rbegin(); it != post.rend(); ++it) {
        const int p = layout.parent[size_t(*it)];
        if (p >= 0)
            newest[size_t(p)] = std::max(newest[size_t(p)], newest[size_t(*it)]);
    }
    std::stable_sort(roots.begin(), roots.end(), [&](int a, int b) {
        const qint64 na = newest[size_t(a)], nb = newest[size_t(b)];
        if (na != nb)
            return newestThreadFirst ? na > nb : na < nb;
        return records[size_t(a)].id < records[size_t(b)].id;
    });

    // Pre-order: each root, then its replies depth-first in date order.
    for (int r : roots) {
        stack.push_back(r);
        while (!stack.empty()) {
            const int v = stack.back();
            stack.pop_back();
            layout.order.push_back(v);
            for (int c = childStart[size_t(v) + 1] - 1; c >= childStart[size_t(v)]; --c)
                stack.push_back(children[size_t(c)]);
        }
    }
    return layout;
}

} // namespace carteiro

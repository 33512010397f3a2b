// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A LineExplainer fed one connection's lines in order, for the explainer tests.
#include "trace/LineExplainer.h"

#include <string>

namespace carteiro::test {

inline std::string s(const QString &q)
{
    return q.toStdString();
}

inline QString u(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

struct ExplainerSession
{
    explicit ExplainerSession(Protocol protocol) : explainer(protocol) {}
    LineExplainer explainer;
    LineExplanation c(const QByteArray &line) { return explainer.explain(Direction::ClientToServer, line); }
    LineExplanation srv(const QByteArray &line) { return explainer.explain(Direction::ServerToClient, line); }
};

} // namespace carteiro::test

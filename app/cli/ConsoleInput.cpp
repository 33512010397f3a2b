// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConsoleInput.h"

#include <QCoreApplication>
#include <cstdio>
#include <functional>
#include <thread>

namespace carteiro::cli {

void ConsoleInput::start()
{
    const std::shared_ptr<std::atomic<bool>> alive = m_alive;
    ConsoleInput *self = this;
    auto post = [alive](std::function<void()> what) {
        // Queued to the application object, which outlives this reader's lines:
        // the functor checks that the reader is still wanted before touching it.
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [alive, what = std::move(what)] {
                if (alive->load())
                    what();
            },
            Qt::QueuedConnection);
    };
    std::thread([alive, self, post] {
        QByteArray line;
        char buffer[4096];
        while (alive->load() && std::fgets(buffer, sizeof buffer, stdin)) {
            line += buffer;
            if (!line.endsWith('\n'))
                continue; // a longer line, or the last one without a newline
            line.chop(1);
            if (line.endsWith('\r'))
                line.chop(1);
            post([self, line] { Q_EMIT self->lineRead(line); });
            line.clear();
        }
        if (!line.isEmpty())
            post([self, line] { Q_EMIT self->lineRead(line); });
        post([self] { Q_EMIT self->finished(); });
    }).detach();
}

} // namespace carteiro::cli

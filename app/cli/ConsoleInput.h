// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Standard input, line by line, for `carteiro-cli console`: a reader thread
// (blocking reads work the same on a terminal and on a pipe, on every
// platform) hands each line to the event loop as a queued signal.
#include <QByteArray>
#include <QObject>
#include <QString>
#include <atomic>
#include <memory>

namespace carteiro::cli {

class ConsoleInput : public QObject
{
    Q_OBJECT
public:
    ConsoleInput() = default;
    ~ConsoleInput() override { stop(); }
    void start();
    // Later lines are dropped; a read blocked on a terminal ends with the process.
    void stop() { m_alive->store(false); }

Q_SIGNALS:
    void lineRead(const QByteArray &line); // without its line end
    void finished();                       // end of input

private:
    std::shared_ptr<std::atomic<bool>> m_alive = std::make_shared<std::atomic<bool>>(true);
};

} // namespace carteiro::cli

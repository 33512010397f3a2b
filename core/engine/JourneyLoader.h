// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Builds a message's journey (MessageJourney::load: the store's records and
// the header) off the GUI thread, one request at a time; a request made stale
// by a newer one is answered only for the newest. The destructor waits for a
// load in progress.
#include "engine/MessageJourney.h"

#include <QObject>
#include <QThreadPool>
#include <atomic>

namespace carteiro {

class JourneyLoader : public QObject
{
    Q_OBJECT
public:
    explicit JourneyLoader(const QString &storePath, QObject *parent = nullptr);
    ~JourneyLoader() override;

    // `messageId`: the store row shown (0: a message from elsewhere).
    void load(qint64 messageId, const QByteArray &raw);
    void waitForDone() { m_pool.waitForDone(); }

Q_SIGNALS:
    // `error`: the store could not be read (the journey is then the header's alone).
    void loaded(const carteiro::MessageJourney &journey, const QString &error);

private:
    QString m_storePath;
    QThreadPool m_pool;
    std::atomic<quint64> m_generation{0};
};

} // namespace carteiro

Q_DECLARE_METATYPE(carteiro::MessageJourney)

// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/JourneyLoader.h"

namespace carteiro {

JourneyLoader::JourneyLoader(const QString &storePath, QObject *parent) : QObject(parent), m_storePath(storePath)
{
    m_pool.setMaxThreadCount(1);
}

JourneyLoader::~JourneyLoader()
{
    m_pool.waitForDone(); // a queued answer to `this` is dropped with it
}

void JourneyLoader::load(qint64 messageId, const QByteArray &raw)
{
    const quint64 generation = ++m_generation;
    m_pool.start([this, generation, messageId, raw] {
        if (generation != m_generation)
            return; // a newer request came meanwhile
        QString error;
        const MessageJourney journey = MessageJourney::load(m_storePath, messageId, raw, &error);
        QMetaObject::invokeMethod(
            this,
            [this, generation, journey, error] {
                if (generation == m_generation)
                    Q_EMIT loaded(journey, error);
            },
            Qt::QueuedConnection);
    });
}

} // namespace carteiro

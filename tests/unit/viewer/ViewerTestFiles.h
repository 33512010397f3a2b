// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Sample messages of tests/data/viewer.
#include <QByteArray>
#include <QFile>
#include <QString>

namespace carteiro::viewertest {

inline QByteArray sample(const char *name)
{
    QFile file(QStringLiteral(CARTEIRO_TEST_DATA_DIR "/viewer/") + QString::fromLatin1(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace carteiro::viewertest

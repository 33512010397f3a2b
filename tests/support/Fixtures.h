// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Small real media files made at test time: a PNG image and a WAV recording.
#include <QByteArray>
#include <QString>

namespace carteiro::test {

QByteArray makePng(int width = 64, int height = 48); // RGB gradient, valid PNG
QByteArray makeWav(int milliseconds = 500);          // 8 kHz 16-bit mono tone
bool writeFile(const QString &path, const QByteArray &bytes);
QByteArray readFile(const QString &path);

} // namespace carteiro::test

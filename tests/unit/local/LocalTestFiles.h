// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Writes mailbox files for the local mailbox tests.
#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>

namespace carteiro::test {

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

inline QByteArray message(const QByteArray &subject, const QByteArray &body)
{
    return "From: Alice <alice@example.test>\nTo: bob@example.test\nSubject: " + subject +
           "\nDate: Mon, 7 Dec 2026 11:00:00 +0000\n\n" + body;
}

} // namespace carteiro::test

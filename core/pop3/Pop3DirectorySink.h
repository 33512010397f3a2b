// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A MessageSink that keeps each message as one file in a folder, named by its
// UIDL in hex (UIDLs may hold '/', ':' or differ only in case, which file
// systems on Windows and macOS would fold). Written with QSaveFile: the data is
// flushed to disk before the rename makes it visible, so "true" means a crash
// cannot leave half a message under the final name. For `carteiro-cli fetch`
// until the SQLite store exists.
#include "pop3/MessageSink.h"

#include <QSet>
#include <QString>

namespace carteiro {

class Pop3DirectorySink : public MessageSink
{
public:
    explicit Pop3DirectorySink(QString directory) : m_directory(std::move(directory)) {}

    bool storeMessage(const QByteArray &uidl, const QByteArray &raw, QString *error) override;

    // The UIDLs already in the folder: Pop3RetrieveJob::Options::knownUidls for the next run.
    QSet<QByteArray> storedUidls() const;
    QString pathFor(const QByteArray &uidl) const;
    static QString fileNameFor(const QByteArray &uidl); // "<hex>.eml"

private:
    QString m_directory;
};

} // namespace carteiro

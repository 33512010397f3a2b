// SPDX-License-Identifier: GPL-3.0-or-later
#include "local/FolderMailbox.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace carteiro {

void FolderMailbox::setListed(QList<LocalEntry> listed)
{
    m_listed = std::move(listed);
    m_total = m_listed.size();
    m_atEnd = m_listed.isEmpty();
}

int FolderMailbox::indexMore(int maxMessages, QList<QByteArray> *headers, bool *ok)
{
    if (ok)
        *ok = true;
    int added = 0;
    const QDir dir(m_path);
    while (added < maxMessages && m_entries.size() < m_listed.size()) {
        LocalEntry e = m_listed.at(m_entries.size());
        QString file = dir.filePath(e.file);
        QFileInfo info(file);
        if (!info.exists()) {
            const QString moved = relocate(e);
            if (!moved.isEmpty()) {
                e.file = moved;
                file = dir.filePath(moved);
                info = QFileInfo(file);
            }
        }
        e.length = info.size();
        QString error;
        const QByteArray block = readHeaderBlock(file, &error);
        if (!error.isEmpty())
            m_warnings << error; // listed but unreadable: kept in the list, reading it says why
        if (headers)
            headers->append(block);
        m_byKey.insert(e.key, int(m_entries.size()));
        m_entries.append(e);
        ++added;
    }
    m_done = m_entries.size();
    m_atEnd = m_entries.size() >= m_listed.size();
    return added;
}

std::optional<QByteArray> FolderMailbox::raw(int index, QString *error) const
{
    if (index < 0 || index >= m_entries.size()) {
        *error = QCoreApplication::translate("LocalMailbox", "%1: no message %2").arg(m_path).arg(index + 1);
        return std::nullopt;
    }
    const LocalEntry &e = m_entries.at(index);
    const QDir dir(m_path);
    if (!QFileInfo::exists(dir.filePath(e.file))) {
        if (const QString moved = relocate(e); !moved.isEmpty())
            return readFile(dir.filePath(moved), error);
    }
    return readFile(dir.filePath(e.file), error);
}

} // namespace carteiro

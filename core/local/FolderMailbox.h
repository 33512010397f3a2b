// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A mailbox that is a folder with one file per message (Maildir, MH): the files
// are listed when it opens, their header blocks read as indexing goes on, and a
// message file read whole only when asked for.
#include "local/LocalMailbox.h"

namespace carteiro {

class FolderMailbox : public LocalMailbox
{
public:
    int indexMore(int maxMessages, QList<QByteArray> *headers = nullptr, bool *ok = nullptr) override;
    std::optional<QByteArray> raw(int index, QString *error) const override;

protected:
    FolderMailbox(Kind kind, const QString &path) : LocalMailbox(kind, path) {}
    // The entries listed at open (file, key, number, flags), in reading order.
    void setListed(QList<LocalEntry> listed);
    // Where the message file is now when it is no longer where it was listed
    // (a Maildir file is renamed when another program changes its flags).
    virtual QString relocate(const LocalEntry &) const { return {}; }

private:
    QList<LocalEntry> m_listed;
};

} // namespace carteiro

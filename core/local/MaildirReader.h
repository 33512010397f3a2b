// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A Maildir (the cur/, new/ and tmp/ folders of qmail's maildir(5)): the
// messages of new/ and cur/, oldest name first; tmp/ holds deliveries still
// being written and is never read. The ":2," info of a file name carries its
// flags: D draft, F flagged, P passed (forwarded), R replied, S seen, T trashed.
#include "local/FolderMailbox.h"

namespace carteiro {

class MaildirReader : public FolderMailbox
{
public:
    static std::unique_ptr<MaildirReader> open(const QString &path, QString *error);
    QString formatName() const override { return QStringLiteral("Maildir"); }
    // "1700000000.M1P2.host:2,FS" -> unique name "1700000000.M1P2.host", flags Flagged|Seen.
    static QString uniqueName(const QString &fileName, quint32 *flags = nullptr);

protected:
    QString relocate(const LocalEntry &entry) const override;

private:
    using FolderMailbox::FolderMailbox;
};

} // namespace carteiro

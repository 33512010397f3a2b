// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// An MH folder (nmh's mh-mail(5)): one file per message named by its number,
// read in numeric order; .mh_sequences names sets of numbers ("unseen: 1-3 7",
// "flagged: 2"): a message not in "unseen" is seen, one in "flagged" flagged.
#include "local/FolderMailbox.h"

#include <QHash>
#include <QSet>

namespace carteiro {

class MhReader : public FolderMailbox
{
public:
    static std::unique_ptr<MhReader> open(const QString &path, QString *error);
    QString formatName() const override { return QStringLiteral("MH"); }
    // "unseen: 1-3 7\nflagged: 2\n" -> {"unseen": {1,2,3,7}, "flagged": {2}}; a
    // bad line is skipped and named in *problems.
    static QHash<QString, QSet<quint32>> parseSequences(const QByteArray &text, QStringList *problems);

private:
    using FolderMailbox::FolderMailbox;
};

} // namespace carteiro

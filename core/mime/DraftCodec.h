// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A MessageDraft as bytes for the store's drafts table (autosave, tests/README.md
// 22): JSON, versioned, addresses in their display form (parse() round trips),
// attachments by path, in-memory parts (a forward's) base64 inside. Decoding
// bad bytes is an error that names what was wrong; nothing is guessed.
#include "mime/MessageDraft.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace carteiro {

struct SavedDraft
{
    QString accountId; // the From account chosen in the composer
    MessageDraft draft;
};

class DraftCodec
{
public:
    static QByteArray encode(const SavedDraft &saved);
    static std::optional<SavedDraft> decode(const QByteArray &bytes, QString *error);
};

} // namespace carteiro

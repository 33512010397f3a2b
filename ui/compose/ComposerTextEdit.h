// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The composer's body editor. Pasting or dropping an image or files turns them
// into attachments instead of inlining them into the text: the message then
// carries the real file, and the HTML part never references local paths.
#include <QTextEdit>

namespace carteiro {

class ComposerTextEdit : public QTextEdit
{
    Q_OBJECT
public:
    using QTextEdit::QTextEdit;

Q_SIGNALS:
    void imagePasted(const QImage &image);
    void filesDropped(const QStringList &paths);

protected:
    bool canInsertFromMimeData(const QMimeData *source) const override;
    void insertFromMimeData(const QMimeData *source) override;
};

} // namespace carteiro

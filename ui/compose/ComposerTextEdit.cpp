// SPDX-License-Identifier: GPL-3.0-or-later
#include "ComposerTextEdit.h"

#include <QImage>
#include <QMimeData>
#include <QUrl>

namespace carteiro {

namespace {
QStringList localFiles(const QMimeData *source)
{
    QStringList files;
    if (source->hasUrls())
        for (const QUrl &url : source->urls())
            if (url.isLocalFile())
                files << url.toLocalFile();
    return files;
}
} // namespace

bool ComposerTextEdit::canInsertFromMimeData(const QMimeData *source) const
{
    return source->hasImage() || !localFiles(source).isEmpty() || QTextEdit::canInsertFromMimeData(source);
}

void ComposerTextEdit::insertFromMimeData(const QMimeData *source)
{
    const QStringList files = localFiles(source);
    if (!files.isEmpty()) {
        Q_EMIT filesDropped(files);
        return;
    }
    if (source->hasImage()) {
        const QImage image = qvariant_cast<QImage>(source->imageData());
        if (!image.isNull()) {
            Q_EMIT imagePasted(image);
            return;
        }
    }
    QTextEdit::insertFromMimeData(source);
}

} // namespace carteiro

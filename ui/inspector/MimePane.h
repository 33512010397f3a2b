// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The MIME tab: the tree of a message (the one just sent, later the selected
// one) above the raw header and body of the selected entity, read from the raw
// message by the node's byte ranges. A 25 MB message is never loaded whole: a
// file is parsed memory-mapped by MimeTree and each preview reads only a bounded
// slice of it; "Show more" doubles the slice. A message opened in the reader
// comes already parsed (ParsedMessage, built off the GUI thread): its tree is
// shown as it is, never parsed a second time.
#include "mime/ParsedMessage.h"

#include <QByteArray>
#include <QString>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeView;

namespace carteiro {

class MimeTreeModel;
struct MimeNode;

class MimePane : public QWidget
{
    Q_OBJECT
public:
    static constexpr qint64 kInitialPreviewBytes = 16 * 1024;
    static constexpr qint64 kMaxPreviewBytes = 4 * 1024 * 1024;

    explicit MimePane(QWidget *parent = nullptr);

    // Parses and shows a message; false (and the error shown in the pane) when it
    // cannot be parsed.
    bool showMessage(const QByteArray &raw);
    bool showMessageFile(const QString &path);
    // Shows a message already parsed; false (and its error shown) when its MIME
    // structure could not be read.
    bool showParsed(const ParsedMessagePtr &message);
    ParsedMessagePtr parsedMessage() const { return m_message; }
    void clear();
    QString errorString() const { return m_error; }
    // The message shown, whole (read from its file when shown from one); empty
    // when none or when larger than maxBytes.
    QByteArray rawMessage(qint64 maxBytes = 64LL * 1024 * 1024) const;

    MimeTreeModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    void selectNode(const QModelIndex &index);
    QString headerText() const;
    QString bodyText() const;
    qint64 previewLimit() const { return m_previewLimit; }

public Q_SLOTS:
    void showMore();

private:
    void showSelected();
    QByteArray readRange(qint64 offset, qint64 length) const;
    void showError(const QString &error);

    MimeTreeModel *m_model = nullptr;
    QTreeView *m_view = nullptr;
    QLabel *m_info = nullptr;
    QPlainTextEdit *m_header = nullptr;
    QPlainTextEdit *m_body = nullptr;
    QPushButton *m_more = nullptr;
    ParsedMessagePtr m_message; // when shown from a parse made elsewhere
    QByteArray m_raw;     // the message in memory, or
    QString m_path;       // the message file (read by ranges)
    qint64 m_size = 0;
    qint64 m_previewLimit = kInitialPreviewBytes;
    QString m_error;
};

} // namespace carteiro

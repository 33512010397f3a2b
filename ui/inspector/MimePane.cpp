// SPDX-License-Identifier: GPL-3.0-or-later
#include "inspector/MimePane.h"
#include "util/DataSize.h"

#include "inspector/MimeTreeModel.h"
#include "mime/MimeStrings.h"
#include "mime/MimeTree.h"

#include <QFile>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

namespace carteiro {

namespace {
// Raw bytes as text: valid UTF-8 as is, anything else byte by byte (Latin-1),
// so that 8-bit junk never turns the preview into replacement characters only.
QString rawToText(const QByteArray &bytes)
{
    QString text = QString::fromUtf8(bytes);
    if (text.contains(QChar::ReplacementCharacter))
        text = QString::fromLatin1(bytes);
    return text;
}
} // namespace

MimePane::MimePane(QWidget *parent) : QWidget(parent)
{
    m_model = new MimeTreeModel(this);
    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("mimeTreeView"));
    m_view->setModel(m_model);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->setColumnWidth(MimeTreeModel::TypeColumn, 240);
    m_view->setColumnWidth(MimeTreeModel::FileNameColumn, 180);

    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_header = new QPlainTextEdit(this);
    m_header->setObjectName(QStringLiteral("mimeHeaderText"));
    m_header->setReadOnly(true);
    m_header->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_header->setFont(fixed);
    m_body = new QPlainTextEdit(this);
    m_body->setObjectName(QStringLiteral("mimeBodyText"));
    m_body->setReadOnly(true);
    m_body->setFont(fixed);
    m_info = new QLabel(this);
    m_info->setWordWrap(true);
    m_more = new QPushButton(tr("Show more"), this);
    m_more->setEnabled(false);
    connect(m_more, &QPushButton::clicked, this, &MimePane::showMore);

    auto *detail = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(new QLabel(tr("Header of the selected part (raw)"), detail));
    detailLayout->addWidget(m_header, 1);
    auto *bodyBar = new QHBoxLayout;
    bodyBar->addWidget(m_info, 1);
    bodyBar->addWidget(m_more);
    detailLayout->addLayout(bodyBar);
    detailLayout->addWidget(m_body, 2);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_view);
    split->addWidget(detail);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        m_previewLimit = kInitialPreviewBytes;
        showSelected();
    });
    m_info->setText(tr("No message yet: send one and its structure appears here."));
}

void MimePane::clear()
{
    m_model->clear();
    m_message.reset();
    m_raw.clear();
    m_path.clear();
    m_size = 0;
    m_header->clear();
    m_body->clear();
    m_more->setEnabled(false);
}

void MimePane::showError(const QString &error)
{
    m_error = error;
    m_info->setText(tr("Cannot show the MIME structure: %1").arg(error));
}

bool MimePane::showMessage(const QByteArray &raw)
{
    clear();
    QString error;
    const auto root = MimeTree::parse(raw, &error);
    if (!root) {
        showError(error);
        return false;
    }
    m_raw = raw;
    m_size = raw.size();
    m_model->setRoot(*root);
    m_view->expandAll();
    selectNode(m_model->index(0, 0));
    return true;
}

bool MimePane::showParsed(const ParsedMessagePtr &message)
{
    clear();
    if (!message)
        return false;
    if (!message->tree()) {
        showError(message->treeError());
        return false;
    }
    m_error.clear();
    m_message = message;
    m_raw = message->raw(); // shared, not copied
    m_size = m_raw.size();
    m_model->setRoot(*message->tree());
    m_view->expandAll();
    selectNode(m_model->index(0, 0));
    return true;
}

bool MimePane::showMessageFile(const QString &path)
{
    clear();
    QString error;
    const auto root = MimeTree::parseFile(path, &error);
    if (!root) {
        showError(error);
        return false;
    }
    m_path = path;
    m_size = QFile(path).size();
    m_model->setRoot(*root);
    m_view->expandAll();
    selectNode(m_model->index(0, 0));
    return true;
}

void MimePane::selectNode(const QModelIndex &index)
{
    m_view->setCurrentIndex(index);
    m_previewLimit = kInitialPreviewBytes;
    showSelected();
}

QByteArray MimePane::readRange(qint64 offset, qint64 length) const
{
    if (offset < 0 || length <= 0 || offset >= m_size)
        return {};
    length = std::min(length, m_size - offset);
    if (m_path.isEmpty())
        return m_raw.mid(offset, length);
    QFile f(m_path);
    if (!f.open(QIODevice::ReadOnly) || !f.seek(offset))
        return {};
    return f.read(length);
}

void MimePane::showSelected()
{
    const MimeNode *n = m_model->node(m_view->currentIndex());
    if (!n) {
        m_header->clear();
        m_body->clear();
        m_more->setEnabled(false);
        return;
    }
    // Headers are bounded like bodies: a hostile 1 MB header line stays a preview.
    const qint64 headerShown = std::min(n->headerLength, kMaxPreviewBytes);
    m_header->setPlainText(rawToText(readRange(n->headerOffset, headerShown)));
    const qint64 shown = std::min(n->bodyLength, m_previewLimit);
    m_body->setPlainText(rawToText(readRange(n->bodyOffset, shown)));
    m_more->setEnabled(shown < n->bodyLength && m_previewLimit < kMaxPreviewBytes);
    QString info = tr("Body of %1 (raw, as sent: %2 encoded, %3 decoded)")
                       .arg(QString::fromLatin1(n->mediaType), formatDataSize(n->encodedSize),
                            formatDataSize(n->decodedSize));
    if (shown < n->bodyLength)
        info += tr("; showing the first %1 of %2").arg(formatDataSize(shown),
                                                        formatDataSize(n->bodyLength));
    m_info->setText(info);
}

void MimePane::showMore()
{
    m_previewLimit = std::min(m_previewLimit * 2, kMaxPreviewBytes);
    showSelected();
}

QByteArray MimePane::rawMessage(qint64 maxBytes) const
{
    if (m_size <= 0 || m_size > maxBytes)
        return {};
    return readRange(0, m_size);
}

QString MimePane::headerText() const { return m_header->toPlainText(); }
QString MimePane::bodyText() const { return m_body->toPlainText(); }

} // namespace carteiro

// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/MessageFileWindow.h"

#include "reader/MessageView.h"

#include <QFileInfo>
#include <QVBoxLayout>

namespace carteiro {

MessageFileWindow::MessageFileWindow(const QString &path, const QByteArray &raw, QWidget *parent)
    : QWidget(parent, Qt::Window), m_path(path), m_view(new MessageView(this))
{
    setAttribute(Qt::WA_DeleteOnClose);
    setObjectName(QStringLiteral("messageFileWindow"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    const QString fileName = QFileInfo(path).fileName();
    setWindowTitle(tr("%1 - Carteiro").arg(fileName));
    connect(m_view, &MessageView::messageShown, this, [this, fileName] {
        const QString subject = m_view->content().subject.text;
        setWindowTitle(tr("%1 - Carteiro").arg(subject.isEmpty() ? fileName : subject));
        Q_EMIT shown();
    });
    resize(900, 700);
    m_view->open(raw, 1); // not in any store: the id only tells that something is shown
}

} // namespace carteiro

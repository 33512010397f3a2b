// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A message file (.eml, RFC 5322) in a reader window of its own: the same safe
// MessageView as the main window (remote content blocked, attachments saved
// under safe names), titled with the message's subject.
#include <QWidget>

namespace carteiro {

class MessageView;

class MessageFileWindow : public QWidget
{
    Q_OBJECT
public:
    MessageFileWindow(const QString &path, const QByteArray &raw, QWidget *parent = nullptr);

    QString path() const { return m_path; }
    MessageView *view() const { return m_view; }

Q_SIGNALS:
    // The message is shown (parsed off the GUI thread first).
    void shown();

private:
    QString m_path;
    MessageView *m_view;
};

} // namespace carteiro

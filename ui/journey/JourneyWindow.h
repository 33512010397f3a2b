// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The journey of one message (engine/MessageJourney.h) in a window of its own:
// the diagram (JourneyView) across the top, the chosen step below it - its
// time and delay, what its protocol means, and the raw header line it was read
// from - and, beside it, what the servers claim about the message
// (Return-Path, Authentication-Results, DKIM-Signature), marked as unverified.
#include "engine/MessageJourney.h"

#include <QWidget>

class QLabel;
class QTextBrowser;

namespace carteiro {

class JourneyView;

class JourneyWindow : public QWidget
{
    Q_OBJECT
public:
    explicit JourneyWindow(QWidget *parent = nullptr);

    void setJourney(const MessageJourney &journey);
    // Shown while the journey loads, or when it cannot be loaded.
    void setStatus(const QString &text);
    JourneyView *view() const { return m_view; }
    QTextBrowser *details() const { return m_details; }
    QTextBrowser *claims() const { return m_claims; }
    QLabel *title() const { return m_title; }
    QLabel *status() const { return m_status; }

private:
    void showStep(int step);
    void showClaims();

    QLabel *m_title;
    QLabel *m_status;
    JourneyView *m_view;
    QTextBrowser *m_details;
    QTextBrowser *m_claims;
};

} // namespace carteiro

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The journey drawn as the course draws it: one box per machine, from the
// sender's MUA through the MTAs to the mailbox and the reader's MUA, and one
// arrow per step, numbered, with its protocol above ("· TLS" when TLS protected
// it) and its time and delay below. Click an arrow (or use the arrow keys) to
// pick a step; JourneyWindow shows its header line. Sizes follow the widget's
// font, so the projector scale (ProjectorScale) enlarges it all.
#include "engine/MessageJourney.h"

#include <QList>
#include <QRectF>
#include <QWidget>

namespace carteiro {

class JourneyView : public QWidget
{
    Q_OBJECT
public:
    explicit JourneyView(QWidget *parent = nullptr);

    void setJourney(const MessageJourney &journey);
    const MessageJourney &journey() const { return m_journey; }
    int currentStep() const { return m_current; }
    void setCurrentStep(int step); // -1: none
    // Where step i's arrow is drawn (for tests and the tooltip); null when none.
    QRectF arrowRect(int step) const;
    QRectF nodeRect(int node) const;
    int nodeCount() const { return int(m_nodes.size()); }
    QString nodeTitle(int node) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void currentStepChanged(int step);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Node
    {
        QString name;
        QString software;
        JourneyStep::Role role = JourneyStep::Role::Mta;
        QRectF rect;
    };
    void layoutScene();
    QString arrowTop(const JourneyStep &step) const;
    QString arrowBottom(const JourneyStep &step) const;
    int stepAt(const QPointF &point) const;

    MessageJourney m_journey;
    QList<Node> m_nodes;
    QList<QRectF> m_arrows; // the clickable band of each step
    QSize m_size;
    int m_current = -1;
};

} // namespace carteiro

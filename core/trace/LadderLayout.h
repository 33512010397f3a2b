// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One connection as a sequence chart (a "ladder"): the client's lane on the
// left, the server's on the right, time running down. Geometry only, no
// painting: LadderSvg writes it as SVG (core, carteiro-cli diagram) and the
// inspector's Diagram tab paints the same layout with QPainter (PNG export).
//
// - One arrow per C:/S: event (lines, body summaries, discarded injections),
//   sloping down from sender to receiver.
// - Time is real: gaps between events are drawn to scale (pxPerMs), never
//   closer than one text row, and an idle gap taller than maxGapPx is cut
//   (drawn as cutPx with its duration written on it).
// - Pipelining (RFC 2920, RFC 9051 §5.5): a command sent while earlier ones
//   wait for their reply is "in flight" with them; each command's wait is a
//   bar on the client lane from the send to its final reply, and bars that
//   overlap in time sit side by side.
// - The TLS handshake is a band across both lanes; notes and errors are labels
//   beside the server lane.
#include "trace/TraceEvent.h"

#include <QCoreApplication>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>

namespace carteiro {

struct LadderArrow
{
    int eventIndex = 0; // index in the events given to build()
    quint64 eventId = 0;
    Direction direction = Direction::ClientToServer;
    QPointF from, to;     // sender's lane -> receiver's lane
    QString label;        // the line as shown (elided to maxLabelChars)
    QPointF labelAt;      // baseline start of the label
    QString timeLabel;    // "+12.3 ms" in the left margin
    bool body = false;    // DATA/BDAT body or IMAP literal: a thick arrow
    qint64 bodyBytes = 0;
    bool injection = false; // bytes discarded at STARTTLS (RFC 3207 §4.2)
    bool insideTls = false;
    bool pipelined = false; // sent while an earlier command still waited for its reply
    int flight = -1;        // index in LadderLayout::flights for a command
};

// A command's wait: from its send to its final reply (or the end).
struct LadderFlight
{
    int arrowIndex = 0;
    int replyArrowIndex = -1; // -1: never answered in this transcript
    double top = 0, bottom = 0;
    int column = 0; // 0 nearest the lane; overlapping waits take the next column
};

struct LadderBand
{
    int eventIndex = 0;
    quint64 eventId = 0;
    QRectF rect;
    QString label; // "TLS handshake: TLSv1.3, TLS_AES_256_GCM_SHA384"
};

struct LadderNote
{
    int eventIndex = 0;
    quint64 eventId = 0;
    QPointF at; // baseline start
    QString text;
    bool error = false;
};

struct LadderGap
{
    double top = 0, bottom = 0; // the cut drawn across both lanes
    qint64 durationNs = 0;
    QString label; // "idle 42.0 s"
};

// How LadderLayout::build() draws (LadderLayout::Options).
struct LadderOptions
{
    double fontPx = 13;         // label size; a character is ~0.6 of it wide (monospace)
    int maxLabelChars = 46;     // longer lines are elided with "…"
    double pxPerMs = 0.5;       // the time scale
    double minRowPx = 0;        // 0: 2.5 x fontPx
    double maxGapPx = 140;      // a gap taller than this is cut ...
    double cutPx = 34;          // ... and drawn this tall
    double minSlopePx = 0;      // 0: 0.6 x fontPx; how far an arrow drops at least
    int maxNoteChars = 60;
    QString clientTitle;        // empty: "Client"
    QString serverTitle;        // empty: "Server"
};

struct LadderLayout
{
    Q_DECLARE_TR_FUNCTIONS(LadderLayout)
public:
    using Options = LadderOptions;

    QSizeF size;
    double clientX = 0, serverX = 0;
    double laneTop = 0, laneBottom = 0;
    double fontPx = 13;
    double charWidth = 7.8; // the width the layout assumes for one character (monospace)
    QString clientTitle, serverTitle;
    QPointF clientTitleAt, serverTitleAt; // centre of each title's baseline
    QList<LadderArrow> arrows;
    QList<LadderFlight> flights;
    QList<LadderBand> bands;
    QList<LadderNote> notes;
    QList<LadderGap> gaps;
    int pipelinedCount = 0; // arrows sent while another command was in flight
    QString legend;         // under the lanes: what the bars beside the client's lane mean
    QPointF legendAt;

    // Events of one connection, in order (other connections' events are skipped).
    static LadderLayout build(const QList<TraceEvent> &events, const Options &options = Options());
    // The arrow nearest to a point within `tolerance` pixels (its line or its label); -1 if none.
    int arrowAt(const QPointF &point, double tolerance = 6) const;
    // "C: EHLO x" elided to `chars` with "…".
    static QString elide(const QString &text, int chars);
};

} // namespace carteiro

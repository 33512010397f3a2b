// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The protocol inspector as a dock the main window embeds, visible by default
// and detachable: Transcript | MIME | Session | Capabilities | TLS tabs, and a font-size control for
// the projector. It renders only while shown (Trojitá's lesson): when hidden the
// transcript model queues events, bounded, and catches up in one step.
#include "mime/ParsedMessage.h"
#include "trace/TraceEvent.h"

#include <QDockWidget>

class QTabWidget;

namespace carteiro {

class LadderView;
class CapabilityPanel;
class MimePane;
class SessionSummary;
class TlsPanel;
class TraceHub;
class TranscriptPane;

class InspectorDock : public QDockWidget
{
    Q_OBJECT
public:
    static constexpr int kMinFontPoints = 6;
    static constexpr int kMaxFontPoints = 48;

    explicit InspectorDock(TraceHub *hub, QWidget *parent = nullptr);

    TranscriptPane *transcript() const { return m_transcript; }
    MimePane *mime() const { return m_mime; }
    SessionSummary *session() const { return m_session; }
    // Per connection, any protocol: they follow the transcript's connection tab.
    CapabilityPanel *capabilities() const { return m_capabilities; }
    TlsPanel *tls() const { return m_tls; }
    QTabWidget *tabs() const { return m_tabs; }
    LadderView *ladder() const { return m_ladder; } // the Diagram tab

    // The message just sent (or the one selected) in the MIME tab.
    bool showMessage(const QByteArray &raw);
    bool showMessageFile(const QString &path);
    bool showParsed(const ParsedMessagePtr &message); // already parsed (off the GUI thread)

    int fontPointSize() const { return m_fontPoints; }
    int defaultFontPointSize() const { return m_defaultPoints; }

public Q_SLOTS:
    void setFontPointSize(int points);
    void increaseFont();
    void decreaseFont();
    void resetFont();

Q_SIGNALS:
    void fontPointSizeChanged(int points);

private:
    QWidget *buildFontBar();

    TranscriptPane *m_transcript = nullptr;
    MimePane *m_mime = nullptr;
    SessionSummary *m_session = nullptr;
    CapabilityPanel *m_capabilities = nullptr;
    TlsPanel *m_tls = nullptr;
    QTabWidget *m_tabs = nullptr;
    LadderView *m_ladder = nullptr;
    int m_defaultPoints = 10;
    int m_fontPoints = 10;
};

} // namespace carteiro

// SPDX-License-Identifier: GPL-3.0-or-later
#include "inspector/TraceModel.h"
#include "util/DataSize.h"

#include "mime/MimeStrings.h"
#include "trace/TraceText.h"

#include <QBrush>
#include <QColor>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

#include <algorithm>

namespace carteiro {

namespace {
// Tooltips quote at most this much of a (possibly 8 KB) line.
constexpr int kToolTipChars = 2000;
} // namespace

TraceModel::TraceModel(QObject *parent) : TraceModel(Options{}, parent) {}

TraceModel::TraceModel(Options options, QObject *parent) : QAbstractTableModel(parent), m_options(options)
{
    m_options.maxRows = std::max(1, m_options.maxRows);
    if (m_options.dropBlock <= 0)
        m_options.dropBlock = std::max(1, m_options.maxRows / 8);
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(m_options.flushIntervalMs);
    connect(&m_flushTimer, &QTimer::timeout, this, &TraceModel::flushPending);
    m_dark = QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
    setBaseFont(QGuiApplication::font());
}

void TraceModel::setHub(TraceHub *hub)
{
    if (m_hub)
        disconnect(m_hub, nullptr, this, nullptr);
    m_hub = hub;
    if (!hub)
        return;
    // qBittorrent's order: history first, then batches; ids make the seam exact.
    appendEvents(hub->history());
    connect(hub, &TraceHub::eventsAppended, this, &TraceModel::appendEvents);
    flushPending();
}

void TraceModel::appendEvents(const QList<TraceEvent> &events)
{
    quint64 last = m_pending.isEmpty() ? m_lastId : m_pending.constLast().id;
    for (const TraceEvent &e : events) {
        if (e.id != 0 && e.id <= last)
            continue;
        m_pending.append(e);
        // Every event goes through its connection's explainer as it arrives, in
        // order, even while hidden: a line's meaning depends on those before.
        m_explainer.annotate(m_pending.last());
        last = e.id;
    }
    // Hidden for a long session: keep only what could ever be shown.
    if (m_pending.size() > m_options.maxRows) {
        const qsizetype extra = m_pending.size() - m_options.maxRows;
        m_dropped += extra;
        m_pending.remove(0, extra);
    }
    if (m_live && !m_pending.isEmpty() && !m_flushTimer.isActive())
        m_flushTimer.start();
}

void TraceModel::flushPending()
{
    m_flushTimer.stop();
    if (m_pending.isEmpty())
        return;
    QList<TraceEvent> incoming;
    incoming.swap(m_pending);
    m_lastId = std::max(m_lastId, incoming.constLast().id);
    noteConnections(incoming);

    const int maxRows = m_options.maxRows;
    if (incoming.size() >= maxRows) {
        // More than a screenful of history at once: one reset is cheaper than
        // removing every old row and inserting the new ones.
        m_dropped += qint64(m_rows.size()) + (incoming.size() - maxRows);
        beginResetModel();
        m_rows.clear();
        m_rows.insert(m_rows.end(), incoming.cend() - maxRows, incoming.cend());
        endResetModel();
        return;
    }
    const qint64 overflow = qint64(m_rows.size()) + incoming.size() - maxRows;
    if (overflow > 0) {
        const qint64 blocks = (overflow + m_options.dropBlock - 1) / m_options.dropBlock;
        const int drop = int(std::min<qint64>(qint64(m_rows.size()), blocks * m_options.dropBlock));
        beginRemoveRows({}, 0, drop - 1);
        m_rows.erase(m_rows.begin(), m_rows.begin() + drop);
        endRemoveRows();
        m_dropped += drop;
        Q_EMIT rowsDropped(drop);
    }
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(incoming.size()) - 1);
    m_rows.insert(m_rows.end(), incoming.cbegin(), incoming.cend());
    endInsertRows();
}

void TraceModel::setLive(bool live)
{
    if (m_live == live)
        return;
    m_live = live;
    if (live)
        flushPending();
    else
        m_flushTimer.stop();
}

void TraceModel::clear()
{
    if (!m_pending.isEmpty())
        m_lastId = std::max(m_lastId, m_pending.constLast().id);
    m_pending.clear();
    beginResetModel();
    m_cleared.swap(m_rows);
    m_rows.clear();
    endResetModel();
}

bool TraceModel::undoClear()
{
    if (m_cleared.empty())
        return false;
    const qsizetype room = std::max<qsizetype>(0, m_options.maxRows - qsizetype(m_rows.size()));
    if (qsizetype(m_cleared.size()) > room) { // the newest of them fit; the rest counts as dropped
        m_dropped += qsizetype(m_cleared.size()) - room;
        m_cleared.erase(m_cleared.begin(), m_cleared.end() - room);
    }
    if (!m_cleared.empty()) {
        beginInsertRows({}, 0, int(m_cleared.size()) - 1);
        m_rows.insert(m_rows.begin(), m_cleared.cbegin(), m_cleared.cend());
        endInsertRows();
    }
    m_cleared.clear();
    return true;
}

QList<TraceEvent> TraceModel::events(const QList<int> &rows) const
{
    QList<int> sorted = rows;
    std::sort(sorted.begin(), sorted.end());
    sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
    QList<TraceEvent> out;
    out.reserve(sorted.size());
    for (const int r : sorted)
        if (r >= 0 && r < rowCount())
            out.append(m_rows[size_t(r)]);
    return out;
}

void TraceModel::noteConnections(const QList<TraceEvent> &events)
{
    bool added = false;
    for (const TraceEvent &e : events) {
        if (!m_connectionStart.contains(e.connection)) {
            m_connectionStart.insert(e.connection, e.timestampNs);
            m_connectionOrder.append(e.connection);
            added = true;
        }
    }
    if (added)
        Q_EMIT connectionsChanged();
}

QList<TraceConnectionInfo> TraceModel::connections() const
{
    const QList<TraceConnectionInfo> known = m_hub ? m_hub->connections() : QList<TraceConnectionInfo>{};
    QList<TraceConnectionInfo> out;
    for (const quint32 id : m_connectionOrder) {
        const auto it = std::find_if(known.cbegin(), known.cend(),
                                     [id](const TraceConnectionInfo &c) { return c.id == id; });
        if (it != known.cend()) {
            out.append(*it);
        } else {
            TraceConnectionInfo info;
            info.id = id;
            out.append(info);
        }
    }
    return out;
}

QString TraceModel::connectionLabel(quint32 connection) const
{
    if (m_hub) {
        for (const TraceConnectionInfo &c : m_hub->connections())
            if (c.id == connection && !c.label.isEmpty())
                return tr("#%1 %2").arg(connection).arg(c.label);
    }
    return tr("#%1").arg(connection);
}

void TraceModel::setBaseFont(const QFont &font)
{
    m_font = font;
    m_fixedFont = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    if (font.pointSizeF() > 0)
        m_fixedFont.setPointSizeF(font.pointSizeF());
    else if (font.pixelSize() > 0)
        m_fixedFont.setPixelSize(font.pixelSize());
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::FontRole});
}

int TraceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TraceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TraceModel::directionLabel(Direction direction)
{
    switch (direction) {
    case Direction::ClientToServer: return QStringLiteral("C");
    case Direction::ServerToClient: return QStringLiteral("S");
    case Direction::Note: break;
    }
    return QStringLiteral("*");
}

QString TraceModel::displayText(const TraceEvent &e)
{
    // Lines reuse the export's escaping so that the view and the C:/S: text agree.
    const QString escaped = QString::fromUtf8(TraceText::line(e).mid(3));
    switch (e.kind) {
    case TraceKind::Line:
    case TraceKind::Info: return escaped;
    case TraceKind::BodySummary: {
        TraceEvent bare = e;
        bare.kind = TraceKind::Line;
        const QString what = QString::fromUtf8(TraceText::line(bare).mid(3));
        return tr("[body: %1 (%2 bytes) not shown line by line] %3")
            .arg(formatDataSize(e.bodyBytes))
            .arg(e.bodyBytes)
            .arg(what)
            .trimmed();
    }
    case TraceKind::TlsHandshake: {
        const QString trust = e.tls.pinned     ? tr("accepted by a pinned exception")
                              : e.tls.verified ? tr("verified")
                                               : tr("not verified");
        return tr("TLS established: %1, %2 | certificate %3, issued by %4 (%5) | SHA-256 %6")
            .arg(e.tls.protocol, e.tls.cipher, e.tls.subject, e.tls.issuer, trust, e.tls.sha256);
    }
    case TraceKind::StateChange:
        return tr("state %1").arg(e.state.isEmpty() ? QString::fromUtf8(e.bytes) : e.state);
    case TraceKind::Error: return tr("error: %1").arg(QString::fromUtf8(e.bytes));
    case TraceKind::Injection: {
        TraceEvent bare = e;
        bare.kind = TraceKind::Line;
        return tr("INJECTION DISCARDED: %1 bytes received before the TLS handshake: %2")
            .arg(e.bodyBytes > 0 ? e.bodyBytes : e.bytes.size())
            .arg(QString::fromUtf8(TraceText::line(bare).mid(3)));
    }
    }
    return escaped;
}

QString TraceModel::meaning(const TraceEvent &e)
{
    return TraceExplainer::fromKey(e.explanationKey).text;
}

LineExplanation TraceModel::explanation(int row) const
{
    if (row < 0 || row >= rowCount())
        return {};
    return TraceExplainer::fromKey(m_rows[size_t(row)].explanationKey);
}

QString TraceModel::relativeTime(const TraceEvent &e) const
{
    const qint64 start = m_connectionStart.value(e.connection, e.timestampNs);
    return QLocale().toString(double(e.timestampNs - start) / 1e6, 'f', 1);
}

QVariant TraceModel::foreground(const TraceEvent &e) const
{
    // Two palettes: dark text on a light base, light text on a dark base, both
    // chosen to stay readable on a washed-out classroom projector.
    switch (e.kind) {
    case TraceKind::Error:
    case TraceKind::Injection: return QBrush(m_dark ? QColor(0xff, 0x9e, 0x9e) : QColor(0x9b, 0x00, 0x00));
    case TraceKind::TlsHandshake: return QBrush(m_dark ? QColor(0x8f, 0xe3, 0xc0) : QColor(0x00, 0x5a, 0x3c));
    case TraceKind::StateChange:
    case TraceKind::Info: return QBrush(m_dark ? QColor(0xa0, 0xa0, 0xa0) : QColor(0x60, 0x60, 0x60));
    case TraceKind::Line:
    case TraceKind::BodySummary: break;
    }
    if (e.direction == Direction::ClientToServer)
        return QBrush(m_dark ? QColor(0x8c, 0xb8, 0xff) : QColor(0x0b, 0x3d, 0x91));
    if (e.direction == Direction::ServerToClient)
        return QBrush(m_dark ? QColor(0xff, 0xc8, 0x7a) : QColor(0x7a, 0x3b, 0x00));
    return QBrush(m_dark ? QColor(0xa0, 0xa0, 0xa0) : QColor(0x60, 0x60, 0x60));
}

QVariant TraceModel::background(const TraceEvent &e) const
{
    switch (e.kind) {
    case TraceKind::Error:
    case TraceKind::Injection: return QBrush(m_dark ? QColor(0x5c, 0x10, 0x10) : QColor(0xff, 0xd9, 0xd9));
    case TraceKind::TlsHandshake: return QBrush(m_dark ? QColor(0x0d, 0x3d, 0x2c) : QColor(0xd4, 0xf5, 0xe4));
    default: return {};
    }
}

QFont TraceModel::fontFor(const TraceEvent &e, int column) const
{
    QFont f = (column == TextColumn) ? m_fixedFont : m_font;
    switch (e.kind) {
    case TraceKind::StateChange:
    case TraceKind::Info: f.setItalic(true); break;
    case TraceKind::TlsHandshake:
    case TraceKind::Error:
    case TraceKind::Injection: f.setBold(true); break;
    case TraceKind::Line:
    case TraceKind::BodySummary: break;
    }
    return f;
}

QVariant TraceModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const TraceEvent &e = m_rows[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn: return relativeTime(e);
        case ConnectionColumn:
            return tr("#%1 %2").arg(e.connection).arg(QString::fromLatin1(protocolName(e.protocol)));
        case DirectionColumn: return directionLabel(e.direction);
        case TextColumn: return displayText(e);
        case MeaningColumn: return meaning(e);
        }
        return {};
    case Qt::ToolTipRole: {
        if (index.column() == DirectionColumn || index.column() == ConnectionColumn) {
            const QString dir = e.direction == Direction::ClientToServer   ? tr("client to server")
                                : e.direction == Direction::ServerToClient ? tr("server to client")
                                                                           : tr("note from Carteiro");
            return tr("%1, %2; %3")
                .arg(connectionLabel(e.connection), dir,
                     e.insideTls ? tr("inside TLS") : tr("not encrypted (before TLS)"));
        }
        QString text = displayText(e).left(kToolTipChars);
        const LineExplanation x = TraceExplainer::fromKey(e.explanationKey);
        if (!x.text.isEmpty())
            text += QLatin1Char('\n') + x.text;
        if (!x.source.isEmpty())
            text += QStringLiteral(" (") + x.source + QLatin1Char(')');
        return text;
    }
    case Qt::ForegroundRole: return foreground(e);
    case Qt::BackgroundRole: return background(e);
    case Qt::FontRole: return fontFor(e, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == TimeColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case EventIdRole: return QVariant::fromValue(e.id);
    case ConnectionRole: return QVariant::fromValue(e.connection);
    case ProtocolRole: return int(e.protocol);
    case DirectionRole: return int(e.direction);
    case KindRole: return int(e.kind);
    case ReplyCodeRole: return e.replyCode;
    case InsideTlsRole: return e.insideTls;
    case ExportLineRole: return QString::fromUtf8(TraceText::line(e));
    case ExplanationKeyRole: return e.explanationKey;
    case ExplanationLinkRole: return TraceExplainer::fromKey(e.explanationKey).link;
    }
    return {};
}

QVariant TraceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn: return tr("ms");
    case ConnectionColumn: return tr("Connection");
    case DirectionColumn: return tr("Dir.");
    case TextColumn: return tr("Line");
    case MeaningColumn: return tr("Meaning");
    }
    return {};
}

} // namespace carteiro

// SPDX-License-Identifier: GPL-3.0-or-later
#include "trace/SessionFile.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <array>
#include <climits>
#include <cmath>

namespace carteiro {

namespace {

constexpr qint64 kMaxJsonInteger = (qint64(1) << 53); // exact in a JSON number (a double)

bool isUtf8Text(const QByteArray &bytes)
{
    return QString::fromUtf8(bytes).toUtf8() == bytes;
}

// One reader per object, so that every error says where it was.
class Fields
{
public:
    Fields(const QJsonObject &o, QString where, QString *error) : m_o(o), m_where(std::move(where)), m_error(error)
    {}

    bool integer(const QString &key, qint64 min, qint64 max, qint64 *out, bool required = true)
    {
        const QJsonValue v = m_o.value(key);
        if (v.isUndefined() && !required)
            return true;
        const double d = v.toDouble(std::nan(""));
        if (!v.isDouble() || std::isnan(d) || std::floor(d) != d || d < double(min) || d > double(max))
            return fail(key, SessionFile::tr("an integer from %1 to %2").arg(min).arg(max));
        *out = qint64(d);
        return true;
    }
    bool text(const QString &key, int maxChars, QString *out, bool required = true)
    {
        const QJsonValue v = m_o.value(key);
        if (v.isUndefined() && !required)
            return true;
        if (!v.isString())
            return fail(key, SessionFile::tr("a string"));
        *out = v.toString();
        if (out->size() > maxChars)
            return fail(key, SessionFile::tr("a string of at most %1 characters").arg(maxChars));
        return true;
    }
    bool boolean(const QString &key, bool *out, bool required = true)
    {
        const QJsonValue v = m_o.value(key);
        if (v.isUndefined() && !required)
            return true;
        if (!v.isBool())
            return fail(key, SessionFile::tr("true or false"));
        *out = v.toBool();
        return true;
    }
    bool fail(const QString &key, const QString &expected)
    {
        *m_error = SessionFile::tr("%1: field \"%2\" is missing or is not %3").arg(m_where, key, expected);
        return false;
    }
    bool failWith(const QString &what)
    {
        *m_error = m_where + QStringLiteral(": ") + what;
        return false;
    }

private:
    QJsonObject m_o;
    QString m_where;
    QString *m_error;
};

template <typename Enum, size_t N>
std::optional<Enum> enumFromName(const QString &name, const std::array<Enum, N> &values,
                                 QString (*nameOf)(Enum))
{
    for (const Enum v : values)
        if (nameOf(v) == name)
            return v;
    return std::nullopt;
}

constexpr std::array<Direction, 3> kDirections{Direction::ClientToServer, Direction::ServerToClient,
                                               Direction::Note};
constexpr std::array<TraceKind, 7> kKinds{TraceKind::Line,         TraceKind::BodySummary,
                                          TraceKind::TlsHandshake, TraceKind::StateChange,
                                          TraceKind::Error,        TraceKind::Injection,
                                          TraceKind::Info};
constexpr std::array<Protocol, 4> kProtocols{Protocol::Smtp, Protocol::Imap, Protocol::Pop3, Protocol::Other};

QJsonObject eventObject(const TraceEvent &e, const QByteArray &bytes)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), double(e.id));
    o.insert(QStringLiteral("connection"), double(e.connection));
    o.insert(QStringLiteral("direction"), SessionFile::directionName(e.direction));
    o.insert(QStringLiteral("kind"), SessionFile::kindName(e.kind));
    o.insert(QStringLiteral("t"), double(e.timestampNs));
    if (isUtf8Text(bytes))
        o.insert(QStringLiteral("text"), QString::fromUtf8(bytes));
    else
        o.insert(QStringLiteral("base64"), QString::fromLatin1(bytes.toBase64()));
    o.insert(QStringLiteral("insideTls"), e.insideTls);
    if (e.bodyBytes != 0)
        o.insert(QStringLiteral("bodyBytes"), double(e.bodyBytes));
    if (!e.verb.isEmpty())
        o.insert(QStringLiteral("verb"), e.verb);
    if (e.replyCode != 0)
        o.insert(QStringLiteral("replyCode"), e.replyCode);
    if (!e.enhancedCode.isEmpty())
        o.insert(QStringLiteral("enhancedCode"), e.enhancedCode);
    if (!e.state.isEmpty())
        o.insert(QStringLiteral("state"), e.state);
    if (e.kind == TraceKind::TlsHandshake) {
        QJsonObject t;
        t.insert(QStringLiteral("protocol"), e.tls.protocol);
        t.insert(QStringLiteral("cipher"), e.tls.cipher);
        t.insert(QStringLiteral("subject"), e.tls.subject);
        t.insert(QStringLiteral("issuer"), e.tls.issuer);
        t.insert(QStringLiteral("sha256"), e.tls.sha256);
        t.insert(QStringLiteral("verified"), e.tls.verified);
        t.insert(QStringLiteral("pinned"), e.tls.pinned);
        o.insert(QStringLiteral("tlsDetails"), t);
    }
    if (!e.explanationKey.isEmpty())
        o.insert(QStringLiteral("explanation"), e.explanationKey);
    return o;
}

QByteArray compact(const QJsonObject &o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); }

} // namespace

QString SessionFile::directionName(Direction d)
{
    switch (d) {
    case Direction::ClientToServer: return QStringLiteral("C");
    case Direction::ServerToClient: return QStringLiteral("S");
    case Direction::Note: break;
    }
    return QStringLiteral("*");
}

QString SessionFile::kindName(TraceKind k)
{
    switch (k) {
    case TraceKind::Line: return QStringLiteral("line");
    case TraceKind::BodySummary: return QStringLiteral("body");
    case TraceKind::TlsHandshake: return QStringLiteral("tls");
    case TraceKind::StateChange: return QStringLiteral("state");
    case TraceKind::Error: return QStringLiteral("error");
    case TraceKind::Injection: return QStringLiteral("injection");
    case TraceKind::Info: break;
    }
    return QStringLiteral("info");
}

QString SessionFile::protocolKey(Protocol p)
{
    switch (p) {
    case Protocol::Smtp: return QStringLiteral("smtp");
    case Protocol::Imap: return QStringLiteral("imap");
    case Protocol::Pop3: return QStringLiteral("pop3");
    case Protocol::Other: break;
    }
    return QStringLiteral("other");
}

QByteArray SessionFile::write(const SessionData &data, const Redactor &redact)
{
    auto mask = [&](const QByteArray &b) { return redact ? redact(b) : b; };
    // One event per line: a readable, diffable file that is still one JSON document.
    QByteArray out = "{\"format\":\"" + formatName().toLatin1() + "\",\"version\":" +
                     QByteArray::number(kVersion) + ",\n";
    const QDateTime created = data.created.isValid() ? data.created : QDateTime::currentDateTimeUtc();
    out += "\"created\":\"" + created.toUTC().toString(Qt::ISODate).toLatin1() + "\",\n";
    out += "\"connections\":[\n";
    for (qsizetype i = 0; i < data.connections.size(); ++i) {
        const TraceConnectionInfo &c = data.connections.at(i);
        QJsonObject o;
        o.insert(QStringLiteral("id"), double(c.id));
        o.insert(QStringLiteral("protocol"), protocolKey(c.protocol));
        o.insert(QStringLiteral("label"), QString::fromUtf8(mask(c.label.toUtf8())));
        out += compact(o) + (i + 1 < data.connections.size() ? ",\n" : "\n");
    }
    out += "],\n\"events\":[\n";
    for (qsizetype i = 0; i < data.events.size(); ++i) {
        const TraceEvent &e = data.events.at(i);
        out += compact(eventObject(e, mask(e.bytes))) +
               (i + 1 < data.events.size() ? ",\n" : "\n");
    }
    out += "],\n\"messages\":[\n";
    for (qsizetype i = 0; i < data.messages.size(); ++i) {
        QJsonObject o;
        o.insert(QStringLiteral("label"), data.messages.at(i).label);
        o.insert(QStringLiteral("base64"), QString::fromLatin1(mask(data.messages.at(i).raw).toBase64()));
        out += compact(o) + (i + 1 < data.messages.size() ? ",\n" : "\n");
    }
    out += "]}\n";
    return out;
}

std::optional<SessionData> SessionFile::read(const QByteArray &bytes, QString *error, const Limits &limits)
{
    QString scratch;
    if (!error)
        error = &scratch;
    if (bytes.size() > limits.maxFileBytes) {
        *error = tr("the file is larger than %1 bytes").arg(limits.maxFileBytes);
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = tr("not JSON at byte %1: %2").arg(parseError.offset).arg(parseError.errorString());
        return std::nullopt;
    }
    if (!doc.isObject()) {
        *error = tr("not a Carteiro session: the top level is not a JSON object");
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    const QJsonValue format = root.value(QStringLiteral("format"));
    if (format.toString() != formatName()) {
        *error = tr("not a Carteiro session: \"format\" is %1, expected \"%2\"")
                     .arg(format.isString() ? QLatin1Char('"') + format.toString().left(80) + QLatin1Char('"')
                                            : tr("missing"),
                          formatName());
        return std::nullopt;
    }
    Fields top(root, tr("the session"), error);
    qint64 version = 0;
    if (!top.integer(QStringLiteral("version"), 0, kMaxJsonInteger, &version))
        return std::nullopt;
    if (version != kVersion) {
        *error = tr("session format version %1 is not supported (this Carteiro reads version %2)")
                     .arg(version)
                     .arg(kVersion);
        return std::nullopt;
    }
    for (const char *key : {"connections", "events"}) {
        if (!root.value(QLatin1String(key)).isArray())
            return top.fail(QLatin1String(key), tr("an array")), std::nullopt;
    }
    const QJsonValue messagesValue = root.value(QStringLiteral("messages"));
    if (!messagesValue.isUndefined() && !messagesValue.isArray())
        return top.fail(QStringLiteral("messages"), tr("an array")), std::nullopt;

    SessionData data;
    QString created;
    if (!top.text(QStringLiteral("created"), limits.maxTextChars, &created, false))
        return std::nullopt;
    data.created = QDateTime::fromString(created, Qt::ISODate);

    const QJsonArray connections = root.value(QStringLiteral("connections")).toArray();
    if (connections.size() > limits.maxConnections) {
        *error = tr("more than %1 connections").arg(limits.maxConnections);
        return std::nullopt;
    }
    QHash<quint32, Protocol> protocols;
    for (qsizetype i = 0; i < connections.size(); ++i) {
        const QString where = tr("connection %1").arg(i + 1);
        if (!connections.at(i).isObject()) {
            *error = tr("%1 is not a JSON object").arg(where);
            return std::nullopt;
        }
        Fields f(connections.at(i).toObject(), where, error);
        qint64 id = 0;
        QString protocol;
        TraceConnectionInfo c;
        if (!f.integer(QStringLiteral("id"), 1, 0xffffffffLL, &id) ||
            !f.text(QStringLiteral("protocol"), limits.maxTextChars, &protocol) ||
            !f.text(QStringLiteral("label"), limits.maxTextChars, &c.label))
            return std::nullopt;
        const auto p = enumFromName<Protocol>(protocol, kProtocols, &SessionFile::protocolKey);
        if (!p)
            return f.failWith(tr("unknown protocol \"%1\"").arg(protocol.left(80))), std::nullopt;
        c.id = quint32(id);
        c.protocol = *p;
        if (protocols.contains(c.id))
            return f.failWith(tr("id %1 appears twice").arg(id)), std::nullopt;
        protocols.insert(c.id, c.protocol);
        data.connections.append(c);
    }

    const QJsonArray events = root.value(QStringLiteral("events")).toArray();
    if (events.size() > limits.maxEvents) {
        *error = tr("more than %1 events").arg(limits.maxEvents);
        return std::nullopt;
    }
    data.events.reserve(events.size());
    quint64 lastId = 0;
    qint64 lastTime = 0;
    for (qsizetype i = 0; i < events.size(); ++i) {
        const QString where = tr("event %1").arg(i + 1);
        if (!events.at(i).isObject()) {
            *error = tr("%1 is not a JSON object").arg(where);
            return std::nullopt;
        }
        const QJsonObject o = events.at(i).toObject();
        Fields f(o, where, error);
        TraceEvent e;
        qint64 id = 0, connection = 0, t = 0, bodyBytes = 0, replyCode = 0;
        QString direction, kind, text, base64, key;
        if (!f.integer(QStringLiteral("id"), 1, kMaxJsonInteger, &id) ||
            !f.integer(QStringLiteral("connection"), 1, 0xffffffffLL, &connection) ||
            !f.text(QStringLiteral("direction"), 8, &direction) ||
            !f.text(QStringLiteral("kind"), 16, &kind) ||
            !f.integer(QStringLiteral("t"), 0, kMaxJsonInteger, &t) ||
            !f.boolean(QStringLiteral("insideTls"), &e.insideTls) ||
            !f.integer(QStringLiteral("bodyBytes"), 0, kMaxJsonInteger, &bodyBytes, false) ||
            !f.integer(QStringLiteral("replyCode"), 0, 999, &replyCode, false) ||
            !f.text(QStringLiteral("verb"), limits.maxTextChars, &e.verb, false) ||
            !f.text(QStringLiteral("enhancedCode"), limits.maxTextChars, &e.enhancedCode, false) ||
            !f.text(QStringLiteral("state"), limits.maxTextChars, &e.state, false) ||
            !f.text(QStringLiteral("explanation"), limits.maxTextChars, &key, false))
            return std::nullopt;
        const auto d = enumFromName<Direction>(direction, kDirections, &SessionFile::directionName);
        if (!d)
            return f.failWith(tr("unknown direction \"%1\"").arg(direction)), std::nullopt;
        const auto k = enumFromName<TraceKind>(kind, kKinds, &SessionFile::kindName);
        if (!k)
            return f.failWith(tr("unknown kind \"%1\"").arg(kind)), std::nullopt;
        if (!protocols.contains(quint32(connection)))
            return f.failWith(tr("connection %1 is not in the list of connections").arg(connection)),
                   std::nullopt;
        if (quint64(id) <= lastId)
            return f.failWith(tr("id %1 is not above the previous event's id %2").arg(id).arg(lastId)),
                   std::nullopt;
        if (t < lastTime)
            return f.failWith(tr("the timestamp goes backwards (%1 ns after %2 ns)").arg(t).arg(lastTime)),
                   std::nullopt;
        const bool hasText = o.contains(QStringLiteral("text"));
        const bool hasBase64 = o.contains(QStringLiteral("base64"));
        if (hasText == hasBase64)
            return f.failWith(tr("needs exactly one of the fields \"text\" and \"base64\"")), std::nullopt;
        const int maxEncoded = limits.maxLineBytes / 3 * 4 + 4;
        if (hasText) {
            if (!f.text(QStringLiteral("text"), limits.maxLineBytes, &text))
                return std::nullopt;
            e.bytes = text.toUtf8();
        } else {
            if (!f.text(QStringLiteral("base64"), maxEncoded, &base64))
                return std::nullopt;
            const auto decoded = QByteArray::fromBase64Encoding(base64.toLatin1(),
                                                                QByteArray::AbortOnBase64DecodingErrors);
            if (!decoded)
                return f.failWith(tr("field \"base64\" is not valid base64")), std::nullopt;
            e.bytes = *decoded;
        }
        if (e.bytes.size() > limits.maxLineBytes)
            return f.failWith(tr("the line is longer than %1 bytes").arg(limits.maxLineBytes)), std::nullopt;
        const QJsonValue tls = o.value(QStringLiteral("tlsDetails"));
        if (!tls.isUndefined()) {
            if (!tls.isObject())
                return f.fail(QStringLiteral("tlsDetails"), tr("an object")), std::nullopt;
            Fields tf(tls.toObject(), where + QStringLiteral(" tlsDetails"), error);
            if (!tf.text(QStringLiteral("protocol"), limits.maxTextChars, &e.tls.protocol) ||
                !tf.text(QStringLiteral("cipher"), limits.maxTextChars, &e.tls.cipher) ||
                !tf.text(QStringLiteral("subject"), limits.maxTextChars, &e.tls.subject) ||
                !tf.text(QStringLiteral("issuer"), limits.maxTextChars, &e.tls.issuer) ||
                !tf.text(QStringLiteral("sha256"), limits.maxTextChars, &e.tls.sha256) ||
                !tf.boolean(QStringLiteral("verified"), &e.tls.verified) ||
                !tf.boolean(QStringLiteral("pinned"), &e.tls.pinned))
                return std::nullopt;
        }
        e.id = quint64(id);
        e.connection = quint32(connection);
        e.protocol = protocols.value(e.connection);
        e.direction = *d;
        e.kind = *k;
        e.timestampNs = t;
        e.bodyBytes = bodyBytes;
        e.replyCode = int(replyCode);
        e.explanationKey = key;
        lastId = e.id;
        lastTime = t;
        data.events.append(std::move(e));
    }

    const QJsonArray messages = messagesValue.toArray();
    if (messages.size() > limits.maxMessages) {
        *error = tr("more than %1 messages").arg(limits.maxMessages);
        return std::nullopt;
    }
    for (qsizetype i = 0; i < messages.size(); ++i) {
        const QString where = tr("message %1").arg(i + 1);
        if (!messages.at(i).isObject()) {
            *error = tr("%1 is not a JSON object").arg(where);
            return std::nullopt;
        }
        Fields f(messages.at(i).toObject(), where, error);
        SessionMessage m;
        QString base64;
        if (!f.text(QStringLiteral("label"), limits.maxTextChars, &m.label) ||
            !f.text(QStringLiteral("base64"), int(std::min<qint64>(limits.maxMessageBytes / 3 * 4 + 4, INT_MAX)),
                    &base64))
            return std::nullopt;
        const auto decoded =
            QByteArray::fromBase64Encoding(base64.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            return f.failWith(tr("field \"base64\" is not valid base64")), std::nullopt;
        m.raw = *decoded;
        data.messages.append(std::move(m));
    }
    return data;
}

bool SessionFile::save(const QString &path, const SessionData &data, QString *error, const Redactor &redact)
{
    QSaveFile file(path);
    const QByteArray bytes = write(data, redact);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

std::optional<SessionData> SessionFile::load(const QString &path, QString *error, const Limits &limits)
{
    QFile file(path);
    if (QFileInfo(path).size() > limits.maxFileBytes) {
        if (error)
            *error = tr("%1 is larger than %2 bytes").arg(path).arg(limits.maxFileBytes);
        return std::nullopt;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    QString why;
    auto data = read(file.read(limits.maxFileBytes + 1), &why, limits);
    if (!data && error)
        *error = tr("%1: %2").arg(QFileInfo(path).fileName(), why);
    return data;
}

} // namespace carteiro

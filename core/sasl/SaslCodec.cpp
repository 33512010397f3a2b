// SPDX-License-Identifier: GPL-3.0-or-later
#include "sasl/SaslCodec.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

#include <algorithm>

namespace carteiro {

namespace {

bool isBase64Alphabet(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' ||
           c == '/';
}

bool isAsciiSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

QByteArray trimAscii(const QByteArray &text)
{
    qsizetype begin = 0;
    qsizetype end = text.size();
    while (begin < end && isAsciiSpace(text.at(begin)))
        ++begin;
    while (end > begin && isAsciiSpace(text.at(end - 1)))
        --end;
    return text.mid(begin, end - begin);
}

QString jsonScalar(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble());
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return {};
}

} // namespace

std::optional<QByteArray> SaslCodec::decodeStrict(const QByteArray &text)
{
    const QByteArray in = trimAscii(text);
    if (in.isEmpty())
        return QByteArray();
    if (in.size() % 4 != 0)
        return std::nullopt;
    qsizetype padding = 0;
    while (padding < in.size() && in.at(in.size() - 1 - padding) == '=')
        ++padding;
    if (padding > 2)
        return std::nullopt;
    for (qsizetype i = 0; i < in.size() - padding; ++i) {
        if (!isBase64Alphabet(in.at(i)))
            return std::nullopt;
    }
    auto result = QByteArray::fromBase64Encoding(in, QByteArray::AbortOnBase64DecodingErrors);
    if (!result)
        return std::nullopt;
    // Canonical form only: rejects non-zero unused bits ("QR==" for "A").
    if (result.decoded.toBase64() != in)
        return std::nullopt;
    return result.decoded;
}

QByteArray SaslCodec::escapeForDisplay(const QByteArray &bytes)
{
    static const char hex[] = "0123456789abcdef";
    QByteArray out;
    out.reserve(bytes.size());
    for (char ch : bytes) {
        const auto c = static_cast<unsigned char>(ch);
        if (c == 0) {
            out += "\\0";
        } else if (c < 0x20 || c == 0x7f) {
            out += "\\x";
            out += hex[c >> 4];
            out += hex[c & 0xf];
        } else {
            out += ch;
        }
    }
    return out;
}

QList<QByteArray> SaslCodec::secretVariants(const QByteArray &secret)
{
    QList<QByteArray> out;
    if (secret.isEmpty())
        return out;
    out << secret << secret.toBase64();
    // Inside a longer message the secret starts at offset k (mod 3) of a base64
    // group. The groups made only of secret bytes encode the same whatever
    // surrounds them; those are the cores.
    for (int k = 1; k <= 2; ++k) {
        const QByteArray enc = (QByteArray(k, '\0') + secret).toBase64();
        const qsizetype fullGroups = (k + secret.size()) / 3;
        if (fullGroups < 2)
            continue;
        out << enc.mid(4, (fullGroups - 1) * 4);
    }
    {
        const qsizetype fullGroups = secret.size() / 3;
        if (secret.size() % 3 != 0 && fullGroups >= 1)
            out << secret.toBase64().left(fullGroups * 4);
    }
    out.erase(
        std::remove_if(out.begin(), out.end(), [](const QByteArray &v) { return v.size() < 4; }),
        out.end());
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

QByteArray SaslCodec::maskSecrets(QByteArray text, const QList<QByteArray> &secrets)
{
    QList<QByteArray> sorted = secrets;
    std::sort(sorted.begin(), sorted.end(),
              [](const QByteArray &a, const QByteArray &b) { return a.size() > b.size(); });
    for (const QByteArray &s : sorted) {
        if (!s.isEmpty())
            text.replace(s, kMask);
    }
    return text;
}

QString SaslCodec::describeOAuthError(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error == QJsonParseError::NoError && doc.isObject()) {
        const QJsonObject o = doc.object();
        QStringList parts;
        const QString status = jsonScalar(o.value(QLatin1String("status")));
        if (!status.isEmpty())
            parts << QCoreApplication::translate("Sasl", "status %1").arg(status);
        const QString scope = jsonScalar(o.value(QLatin1String("scope")));
        if (!scope.isEmpty())
            parts << QCoreApplication::translate("Sasl", "scope %1").arg(scope);
        if (!parts.isEmpty())
            return parts.join(QLatin1String(", "));
    }
    QString text = QString::fromUtf8(escapeForDisplay(json.left(200)));
    return text.isEmpty() ? QCoreApplication::translate("Sasl", "an empty report") : text;
}

} // namespace carteiro

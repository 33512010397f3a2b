#include "MimeCharset.h"

#include "MimeStrings.h"
#include "VmimeUtf8Platform.h"

#include <QStringDecoder>

#include <vmime/vmime.hpp>

namespace carteiro {

namespace {

bool decodeUtf8Strict(const QByteArray &bytes, QString *out)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return false;
    *out = text;
    return true;
}

QString lenient(const QByteArray &bytes)
{
    QString text;
    if (decodeUtf8Strict(bytes, &text))
        return text;
    return QString::fromLatin1(bytes);
}

} // namespace

bool MimeCharset::isPlausibleName(const QByteArray &name)
{
    if (name.isEmpty() || name.size() > 40)
        return false;
    for (qsizetype i = 0; i < name.size(); ++i) {
        const char c = name.at(i);
        const bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        if (!alnum && (i == 0 || !(c == '.' || c == '_' || c == ':' || c == '+' || c == '-')))
            return false;
    }
    return true;
}

QString MimeCharset::decode(const QByteArray &bytes, const QByteArray &charset, bool *known)
{
    if (known)
        *known = true;
    const QByteArray name = charset.trimmed().toLower();
    if (name.isEmpty())
        return lenient(bytes);
    if (name == "utf-8" || name == "utf8")
        return QString::fromUtf8(bytes); // invalid sequences become U+FFFD
    if (name == "us-ascii" || name == "ascii" || name == "ansi_x3.4-1968")
        return lenient(bytes); // 8-bit in "ASCII" text is common: read it as UTF-8 if it is
    if (name == "iso-8859-1" || name == "latin1" || name == "iso_8859-1" || name == "l1")
        return QString::fromLatin1(bytes);
    if (isPlausibleName(name)) {
        VmimeUtf8Platform::ensureInstalled();
        try {
            std::string out;
            vmime::charset::convert(MimeStrings::toStd(bytes), out, vmime::charset(MimeStrings::toStd(name)),
                                    vmime::charset("utf-8"));
            QString text;
            if (decodeUtf8Strict(QByteArray(out.data(), qsizetype(out.size())), &text))
                return text;
        } catch (const std::exception &) {
            // Unknown to ICU: fall through.
        }
    }
    if (known)
        *known = false;
    return lenient(bytes);
}

QString MimeCharset::decodeEncodedWords(const QByteArray &text, bool *allKnown)
{
    if (allKnown)
        *allKnown = true;
    if (!text.contains("=?"))
        return lenient(text);
    VmimeUtf8Platform::ensureInstalled();
    try {
        const auto parsed = vmime::text::decodeAndUnfold(MimeStrings::toStd(text));
        QString out;
        for (const auto &word : parsed->getWordList()) {
            const std::string &buffer = word->getBuffer();
            bool known = true;
            out += decode(QByteArray(buffer.data(), qsizetype(buffer.size())),
                          QByteArray::fromStdString(word->getCharset().getName()), &known);
            if (!known && allKnown)
                *allKnown = false;
        }
        return out;
    } catch (const std::exception &) {
        if (allKnown)
            *allKnown = false;
        return lenient(text);
    }
}

} // namespace carteiro

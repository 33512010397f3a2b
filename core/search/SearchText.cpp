// SPDX-License-Identifier: GPL-3.0-or-later
#include "search/SearchText.h"

#include "mime/MimeCharset.h"
#include "mime/MimeTree.h"

#include <QRegularExpression>

namespace carteiro {

QString SearchText::sender(const StoredMessage &m)
{
    return m.fromName.isEmpty() ? m.fromAddress : m.fromName + QLatin1Char(' ') + m.fromAddress;
}

QString SearchText::recipients(const StoredMessage &m)
{
    return m.cc.isEmpty() ? m.to : m.to + QLatin1Char(' ') + m.cc;
}

QString SearchText::htmlWords(const QString &html)
{
    static const QRegularExpression dropped(
        QStringLiteral("<!--.*?-->|<(style|script)\\b[^>]*>.*?</\\1\\s*>"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
    QString text = html;
    text.replace(dropped, QStringLiteral(" "));
    text.replace(tag, QStringLiteral(" "));
    static const std::pair<const char *, const char *> entities[] = {
        {"&nbsp;", " "}, {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&#39;", "'"}, {"&amp;", "&"}};
    for (const auto &[entity, plain] : entities)
        text.replace(QLatin1String(entity), QLatin1String(plain), Qt::CaseInsensitive);
    // Accented letters written as entities (&eacute;, &#233;) fold like the rest.
    static const QRegularExpression numeric(QStringLiteral("&#(x?)([0-9a-fA-F]{1,6});"));
    if (text.contains(QLatin1String("&#"))) {
        QString out;
        qsizetype last = 0;
        for (auto it = numeric.globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            out += QStringView(text).mid(last, m.capturedStart() - last);
            bool ok = false;
            const uint code = m.captured(2).toUInt(&ok, m.captured(1).isEmpty() ? 10 : 16);
            out += ok && code > 0 && code < 0x110000 ? QString::fromUcs4(reinterpret_cast<const char32_t *>(&code), 1)
                                                     : QStringLiteral(" ");
            last = m.capturedEnd();
        }
        out += QStringView(text).mid(last);
        text = out;
    }
    static const std::pair<const char *, const char *> letters[] = {
        {"&aacute;", "á"}, {"&agrave;", "à"}, {"&acirc;", "â"}, {"&atilde;", "ã"}, {"&eacute;", "é"},
        {"&ecirc;", "ê"},  {"&iacute;", "í"}, {"&oacute;", "ó"}, {"&ocirc;", "ô"},  {"&otilde;", "õ"},
        {"&uacute;", "ú"}, {"&ccedil;", "ç"}, {"&Ccedil;", "Ç"}, {"&Eacute;", "É"}, {"&Aacute;", "Á"}};
    if (text.contains(QLatin1Char('&')))
        for (const auto &[entity, letter] : letters)
            text.replace(QLatin1String(entity), QString::fromUtf8(letter));
    return text;
}

QString SearchText::body(const QByteArray &raw)
{
    QString error;
    const std::optional<MimeNode> root = MimeTree::parse(raw, &error);
    if (!root)
        return {};
    QString out;
    // Depth first, in order; message/rfc822 children are walked like parts.
    QList<const MimeNode *> stack{&*root};
    while (!stack.isEmpty() && out.size() < kMaxBodyChars) {
        const MimeNode *n = stack.takeLast();
        // multipart/alternative (RFC 2046 §5.1.4): the plain version alone when there is one.
        const MimeNode *plainAlternative = nullptr;
        if (n->mediaType == "multipart/alternative")
            for (const MimeNode &c : n->children)
                if (!plainAlternative && c.mediaType == "text/plain")
                    plainAlternative = &c;
        if (plainAlternative)
            stack.append(plainAlternative);
        else
            for (auto it = n->children.crbegin(); it != n->children.crend(); ++it)
                stack.append(&*it);
        if (!n->fileName.isEmpty())
            out += n->fileName + QLatin1Char('\n');
        if (!n->children.isEmpty() || n->disposition == "attachment")
            continue;
        const bool plain = n->mediaType == "text/plain";
        const bool html = n->mediaType == "text/html";
        if (!plain && !html)
            continue;
        const QString text = MimeCharset::decode(MimeTree::decodedBody(raw, *n), n->charset);
        out += (html ? htmlWords(text) : text) + QLatin1Char('\n');
    }
    out.truncate(kMaxBodyChars);
    return out;
}

} // namespace carteiro

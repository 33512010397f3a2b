// SPDX-License-Identifier: GPL-3.0-or-later
#include "search/SearchQuery.h"

#include <QCoreApplication>

namespace carteiro {

namespace {

// lupdate reads TrSearchQuery::tr() of a class that declares its context.
struct TrSearchQuery
{
    Q_DECLARE_TR_FUNCTIONS(SearchQuery)
};

// One term of the text: an optional "key:" and its value (quotes removed).
struct Token
{
    QString key;   // folded, empty for a plain word
    QString value;
    QString source; // as typed, for error messages
};

bool splitTokens(const QString &text, QList<Token> *out, QString *error)
{
    int i = 0;
    const int n = int(text.size());
    while (i < n) {
        while (i < n && text.at(i).isSpace())
            ++i;
        if (i >= n)
            break;
        const int start = i;
        Token t;
        // A key is letters (and '-') before a colon, as in from: or assunto:.
        int k = i;
        while (k < n && (text.at(k).isLetter() || text.at(k) == QLatin1Char('-')))
            ++k;
        if (k > i && k < n && text.at(k) == QLatin1Char(':')) {
            t.key = SearchQuery::fold(text.mid(i, k - i));
            i = k + 1;
        }
        if (i < n && text.at(i) == QLatin1Char('"')) {
            const int close = int(text.indexOf(QLatin1Char('"'), i + 1));
            if (close < 0) {
                *error = TrSearchQuery::tr("The quote opened in «%1» is not closed.").arg(text.mid(start));
                return false;
            }
            t.value = text.mid(i + 1, close - i - 1).simplified();
            i = close + 1;
        } else {
            const int s = i;
            while (i < n && !text.at(i).isSpace())
                ++i;
            t.value = text.mid(s, i - s);
        }
        t.source = text.mid(start, i - start);
        out->append(t);
    }
    return true;
}

std::optional<QDate> parseDate(const QString &value)
{
    for (const char *format : {"yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy"}) {
        const QDate d = QDate::fromString(value, QLatin1String(format));
        if (d.isValid())
            return d;
    }
    return std::nullopt;
}

bool hasWordCharacter(const QString &s)
{
    for (const QChar c : s)
        if (c.isLetterOrNumber())
            return true;
    return false;
}

// One FTS5 prefix phrase: "the words"* (a double quote doubled inside).
QString phrase(const QString &value)
{
    QString v = value;
    v.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + v + QLatin1String("\"*");
}

QString quoted(const QString &value)
{
    return value.contains(QLatin1Char(' ')) ? QLatin1Char('"') + value + QLatin1Char('"') : value;
}

} // namespace

QString SearchQuery::fold(const QString &text)
{
    // Latin-1's letters (every accent of Portuguese) by table, one pass; only
    // other scripts go through Unicode decomposition (the quick filter folds
    // every row of a folder: 100k names and subjects).
    static const char16_t latin1[64] = {
        u'a', u'a', u'a', u'a', u'a', u'a', 0xe6, u'c', u'e', u'e', u'e', u'e', u'i', u'i', u'i', u'i',
        0xf0, u'n', u'o', u'o', u'o', u'o', u'o', 0xd7, 0xf8, u'u', u'u', u'u', u'u', u'y', 0xfe, 0xdf,
        u'a', u'a', u'a', u'a', u'a', u'a', 0xe6, u'c', u'e', u'e', u'e', u'e', u'i', u'i', u'i', u'i',
        0xf0, u'n', u'o', u'o', u'o', u'o', u'o', 0xf7, 0xf8, u'u', u'u', u'u', u'u', u'y', 0xfe, u'y'};
    QString out(text.size(), Qt::Uninitialized);
    QChar *o = out.data();
    bool latin = true;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x80)
            *o++ = QChar(u >= u'A' && u <= u'Z' ? char16_t(u + 32) : u);
        else if (u >= 0xc0 && u <= 0xff)
            *o++ = QChar(latin1[u - 0xc0]);
        else {
            latin = false;
            break;
        }
    }
    if (latin)
        return out;
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed)
        if (c.category() != QChar::Mark_NonSpacing)
            folded += c;
    return folded.toCaseFolded();
}

std::optional<SearchQuery> SearchQuery::parse(const QString &text, QString *error)
{
    QString scratch;
    QString &err = error ? *error : scratch;
    err.clear();
    QList<Token> tokens;
    if (!splitTokens(text, &tokens, &err))
        return std::nullopt;
    SearchQuery q;
    for (const Token &t : std::as_const(tokens)) {
        const QString &k = t.key;
        const QString value = t.value.trimmed();
        if (k.isEmpty()) {
            if (hasWordCharacter(value))
                q.words << value;
            continue;
        }
        auto textTerm = [&](QStringList *list) {
            if (value.isEmpty() || !hasWordCharacter(value)) {
                err = TrSearchQuery::tr("«%1» needs a word after the colon.").arg(t.source);
                return false;
            }
            list->append(value);
            return true;
        };
        auto dateTerm = [&](QDate *date) {
            const auto d = parseDate(value);
            if (!d) {
                err = TrSearchQuery::tr("«%1» is not a date: write it as 2024-03-31 or 31/03/2024.").arg(t.source);
                return false;
            }
            *date = *d;
            return true;
        };
        bool ok = true;
        if (k == QLatin1String("from") || k == QLatin1String("de"))
            ok = textTerm(&q.from);
        else if (k == QLatin1String("to") || k == QLatin1String("para"))
            ok = textTerm(&q.to);
        else if (k == QLatin1String("subject") || k == QLatin1String("assunto"))
            ok = textTerm(&q.subject);
        else if (k == QLatin1String("body") || k == QLatin1String("corpo"))
            ok = textTerm(&q.body);
        else if (k == QLatin1String("since") || k == QLatin1String("after") || k == QLatin1String("desde"))
            ok = dateTerm(&q.since);
        else if (k == QLatin1String("before") || k == QLatin1String("antes") || k == QLatin1String("ate"))
            ok = dateTerm(&q.before);
        else if (k == QLatin1String("has") || k == QLatin1String("tem")) {
            const QString v = fold(value);
            if (v == QLatin1String("attachment") || v == QLatin1String("anexo"))
                q.hasAttachment = true;
            else {
                err = TrSearchQuery::tr("«%1»: only has:attachment (tem:anexo) is known.").arg(t.source);
                ok = false;
            }
        } else if (k == QLatin1String("is") || k == QLatin1String("e")) {
            const QString v = fold(value);
            if (v == QLatin1String("unread") || v == QLatin1String("naolida") || v == QLatin1String("nao-lida"))
                q.unread = true;
            else if (v == QLatin1String("flagged") || v == QLatin1String("sinalizada") || v == QLatin1String("marcada"))
                q.flagged = true;
            else {
                err = TrSearchQuery::tr("«%1»: use is:unread or is:flagged (is:naolida, is:sinalizada).").arg(t.source);
                ok = false;
            }
        } else if (value.startsWith(QLatin1Char('/'))) {
            q.words << t.source; // a web address (https://...), not a term
        } else {
            err = TrSearchQuery::tr("«%1» is not a search term: use from:, to:, subject:, body:, since:, before:, "
                     "has:attachment, is:unread or is:flagged.")
                      .arg(t.source);
            ok = false;
        }
        if (!ok)
            return std::nullopt;
    }
    if (q.since.isValid() && q.before.isValid() && q.before <= q.since) {
        err = TrSearchQuery::tr("The date range is empty: before:%1 is not after since:%2.")
                  .arg(q.before.toString(Qt::ISODate), q.since.toString(Qt::ISODate));
        return std::nullopt;
    }
    return q;
}

bool SearchQuery::isEmpty() const
{
    return !hasText() && !since.isValid() && !before.isValid() && !hasAttachment && !unread && !flagged;
}

bool SearchQuery::hasText() const
{
    return !words.isEmpty() || !from.isEmpty() || !to.isEmpty() || !subject.isEmpty() || !body.isEmpty();
}

bool SearchQuery::needsBodies() const
{
    return !words.isEmpty() || !body.isEmpty();
}

QString SearchQuery::ftsExpression() const
{
    QStringList terms;
    for (const QString &w : words)
        terms << phrase(w);
    const std::pair<const char *, const QStringList *> columns[] = {
        {"sender", &from}, {"recipients", &to}, {"subject", &subject}, {"body", &body}};
    for (const auto &[column, values] : columns)
        for (const QString &v : *values)
            terms << QLatin1String(column) + QLatin1String(" : ") + phrase(v);
    return terms.join(QLatin1String(" AND "));
}

QString SearchQuery::toString() const
{
    QStringList parts;
    for (const QString &w : words)
        parts << quoted(w);
    const std::pair<const char *, const QStringList *> keyed[] = {
        {"from:", &from}, {"to:", &to}, {"subject:", &subject}, {"body:", &body}};
    for (const auto &[key, values] : keyed)
        for (const QString &v : *values)
            parts << QLatin1String(key) + quoted(v);
    if (since.isValid())
        parts << QLatin1String("since:") + since.toString(Qt::ISODate);
    if (before.isValid())
        parts << QLatin1String("before:") + before.toString(Qt::ISODate);
    if (hasAttachment)
        parts << QStringLiteral("has:attachment");
    if (unread)
        parts << QStringLiteral("is:unread");
    if (flagged)
        parts << QStringLiteral("is:flagged");
    return parts.join(QLatin1Char(' '));
}

} // namespace carteiro

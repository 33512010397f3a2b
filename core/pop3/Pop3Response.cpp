// SPDX-License-Identifier: GPL-3.0-or-later
#include "pop3/Pop3Response.h"

#include "trace/ReplyCatalog.h"

namespace carteiro {

namespace {
bool isCodeChar(char c)
{
    // RFC 2449 §9: resp-level = 1*rchar; rchar = ALPHA / DIGIT / "-" (and "/" between levels).
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '/';
}
} // namespace

bool Pop3Response::isTemporary() const
{
    return code == "IN-USE" || code == "LOGIN-DELAY" || code == "SYS/TEMP";
}

QString Pop3Response::describe() const
{
    QString s = QLatin1String(status == Status::Ok ? "+OK" : status == Status::Err ? "-ERR" : "+");
    if (!code.isEmpty())
        s += QStringLiteral(" [%1]").arg(QString::fromLatin1(code));
    if (!text.isEmpty())
        s += QLatin1Char(' ') + QString::fromUtf8(text.left(300));
    if (!code.isEmpty()) {
        const ReplyMeaning m = ReplyCatalog::pop3Code(QString::fromLatin1(code));
        if (!m.meaning.isEmpty())
            s += QStringLiteral(" (%1, %2)").arg(m.meaning, m.source);
    }
    return s;
}

std::optional<Pop3Response> Pop3Response::parse(const QByteArray &line, bool allowContinuation)
{
    Pop3Response r;
    qsizetype rest = 0;
    if (line.size() >= 3 && line.left(3).toUpper() == "+OK" && (line.size() == 3 || line[3] == ' ')) {
        r.status = Status::Ok;
        rest = 3;
    } else if (line.size() >= 4 && line.left(4).toUpper() == "-ERR" &&
               (line.size() == 4 || line[4] == ' ')) {
        r.status = Status::Err;
        rest = 4;
    } else if (allowContinuation && (line == "+" || line.startsWith("+ "))) {
        // RFC 5034 §4: "+" SP base64 (some servers send a bare "+" for an empty challenge).
        r.status = Status::Continuation;
        r.text = line.mid(2);
        return r;
    } else {
        return std::nullopt;
    }
    QByteArray text = line.mid(rest + 1);
    if (text.startsWith('[')) {
        const qsizetype close = text.indexOf(']');
        if (close > 1 && close <= 64) {
            const QByteArray code = text.mid(1, close - 1);
            bool valid = true;
            for (const char c : code)
                valid = valid && isCodeChar(c);
            if (valid) {
                r.code = code.toUpper();
                text = text.mid(close + 1);
                if (text.startsWith(' '))
                    text.remove(0, 1);
            }
        }
    }
    r.text = text;
    return r;
}

} // namespace carteiro

// SPDX-License-Identifier: GPL-3.0-or-later
#include "imap/ImapBodyPart.h"

#include "imap/ImapTokenizer.h"

#include <QCoreApplication>

namespace carteiro {

namespace {
QByteArray text(ImapTokenizer &tok)
{
    const std::optional<QByteArrayView> v = tok.nstring();
    return v ? v->toByteArray() : QByteArray();
}

// body-fld-param = "(" string SP string *(SP string SP string) ")" / nil
ImapBodyPart::Params params(ImapTokenizer &tok)
{
    ImapBodyPart::Params out;
    if (tok.consumeNil() || !tok.expect('('))
        return out;
    while (!tok.hasError() && !tok.consume(')')) {
        tok.skipSpaces();
        const QByteArray key = tok.string().toByteArray().toLower();
        tok.skipSpaces();
        const QByteArray value = tok.string().toByteArray();
        out.append({key, value});
        tok.skipSpaces();
    }
    return out;
}

bool more(ImapTokenizer &tok)
{
    tok.skipSpaces();
    return !tok.hasError() && tok.peek() != ')';
}

// body-fld-dsp [SP body-fld-lang [SP body-fld-loc *(SP body-extension)]]
void extensions(ImapTokenizer &tok, ImapBodyPart &p)
{
    if (!more(tok))
        return;
    if (!tok.consumeNil() && tok.expect('(')) {
        p.disposition = tok.string().toByteArray().toLower();
        tok.skipSpaces();
        p.dispositionParams = params(tok);
        tok.expect(')');
    }
    if (!more(tok))
        return;
    if (tok.consume('(')) {
        while (!tok.hasError() && !tok.consume(')')) {
            tok.skipSpaces();
            p.language.append(tok.string().toByteArray());
            tok.skipSpaces();
        }
    } else if (const std::optional<QByteArrayView> l = tok.nstring()) {
        p.language.append(l->toByteArray());
    }
    if (!more(tok))
        return;
    p.location = text(tok);
    while (more(tok))
        tok.skipValue();
}

void number(ImapBodyPart &p, const QByteArray &prefix, int index)
{
    p.partNumber = prefix.isEmpty() ? QByteArray::number(index)
                                    : prefix + '.' + QByteArray::number(index);
}

bool parseBody(ImapTokenizer &tok, ImapBodyPart &p, const QByteArray &section, int depth)
{
    if (depth > ImapBodyPart::kMaxDepth) {
        tok.setError(QCoreApplication::translate("Imap", "BODYSTRUCTURE nested deeper than %1 levels")
                         .arg(ImapBodyPart::kMaxDepth));
        return false;
    }
    if (!tok.expect('('))
        return false;
    if (tok.peek() == '(') {
        // body-type-mpart = 1*body SP media-subtype [SP body-ext-mpart]
        p.type = "multipart";
        p.partNumber = section;
        int index = 0;
        while (!tok.hasError() && tok.peek() == '(') {
            ImapBodyPart child;
            number(child, section, ++index);
            parseBody(tok, child, child.partNumber, depth + 1);
            p.children.push_back(std::move(child));
            tok.skipSpaces();
        }
        p.subtype = tok.string().toByteArray().toLower();
        if (more(tok)) {
            p.params = params(tok);
            extensions(tok, p);
        }
        return tok.expect(')');
    }
    p.partNumber = section.isEmpty() ? QByteArray("1") : section;
    p.type = tok.string().toByteArray().toLower();
    tok.skipSpaces();
    p.subtype = tok.string().toByteArray().toLower();
    tok.skipSpaces();
    // body-fields = param SP id SP desc SP enc SP octets
    p.params = params(tok);
    tok.skipSpaces();
    p.id = text(tok);
    tok.skipSpaces();
    p.description = text(tok);
    tok.skipSpaces();
    p.encoding = tok.string().toByteArray().toLower();
    tok.skipSpaces();
    p.size = qint64(tok.number());
    if (p.type == "message" && (p.subtype == "rfc822" || p.subtype == "global")) {
        // body-type-msg: ... SP envelope SP body SP body-fld-lines
        tok.skipSpaces();
        if (std::optional<ImapEnvelope> e = ImapEnvelope::parse(tok))
            p.envelope = std::make_shared<ImapEnvelope>(std::move(*e));
        tok.skipSpaces();
        ImapBodyPart inner;
        const bool innerMulti = tok.rest().startsWith("((");
        parseBody(tok, inner, innerMulti ? p.partNumber : p.partNumber + ".1", depth + 1);
        p.children.push_back(std::move(inner));
        tok.skipSpaces();
        p.lines = qint64(tok.number());
    } else if (p.type == "text") {
        tok.skipSpaces();
        p.lines = qint64(tok.number());
    }
    if (more(tok)) { // body-ext-1part = body-fld-md5 [SP body-fld-dsp ...]
        p.md5 = text(tok);
        extensions(tok, p);
    }
    return tok.expect(')');
}
} // namespace

QByteArray ImapBodyPart::param(const QByteArray &name) const
{
    for (const auto &kv : params)
        if (kv.first == name)
            return kv.second;
    return {};
}

const ImapBodyPart *ImapBodyPart::find(const QByteArray &section) const
{
    if (partNumber == section && !isMultipart())
        return this;
    for (const ImapBodyPart &c : children)
        if (const ImapBodyPart *hit = c.find(section))
            return hit;
    return partNumber == section ? this : nullptr;
}

std::optional<ImapBodyPart> ImapBodyPart::parse(ImapTokenizer &tok)
{
    ImapBodyPart p;
    parseBody(tok, p, QByteArray(), 0);
    if (tok.hasError())
        return std::nullopt;
    return p;
}

} // namespace carteiro

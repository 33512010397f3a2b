// SPDX-License-Identifier: GPL-3.0-or-later
#include "imap/ImapResponse.h"

#include "imap/ImapMailboxCodec.h"
#include "imap/ImapTokenizer.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace carteiro {

namespace {
struct TrImap { Q_DECLARE_TR_FUNCTIONS(Imap) };

constexpr int kMaxListItems = 100000; // flags, capabilities, ID pairs: bounded

ImapResponse::Status statusOf(QByteArrayView word)
{
    auto is = [&](const char *w) { return word.compare(w, Qt::CaseInsensitive) == 0; };
    if (is("OK")) return ImapResponse::Status::Ok;
    if (is("NO")) return ImapResponse::Status::No;
    if (is("BAD")) return ImapResponse::Status::Bad;
    if (is("PREAUTH")) return ImapResponse::Status::PreAuth;
    if (is("BYE")) return ImapResponse::Status::Bye;
    return ImapResponse::Status::None;
}

// "(" [flag *(SP flag)] ")"
QList<QByteArray> atomList(ImapTokenizer &tok)
{
    QList<QByteArray> out;
    if (!tok.expect('('))
        return out;
    while (!tok.hasError() && !tok.consume(')')) {
        if (tok.skipSpaces())
            continue;
        if (tok.atEnd()) {
            tok.setError(TrImap::tr("unterminated list"));
            break;
        }
        out.append(tok.atom("]").toByteArray());
        if (out.size() > kMaxListItems)
            tok.setError(TrImap::tr("list longer than %1 items").arg(kMaxListItems));
    }
    return out;
}

// text split at sep into exactly N parts (empty parts count), without allocating
template <int N>
bool splitExactly(QByteArrayView text, char sep, QByteArrayView (&parts)[N])
{
    int n = 0;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (i < text.size() && text[i] != sep)
            continue;
        if (n == N)
            return false;
        parts[n++] = text.sliced(start, i - start);
        start = i + 1;
    }
    return n == N;
}

// RFC 3501 §9 date-time: "17-Jul-1996 02:44:25 -0700" (read once per FETCH: no
// temporary strings)
QDateTime internalDate(QByteArrayView text)
{
    static const char *months[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                   "jul", "aug", "sep", "oct", "nov", "dec"};
    QByteArrayView parts[3], dmy[3], hms[3];
    if (!splitExactly(text.trimmed(), ' ', parts) || !splitExactly(parts[0], '-', dmy) ||
        !splitExactly(parts[1], ':', hms) || parts[2].size() != 5)
        return {};
    int month = 0;
    for (int m = 0; m < 12; ++m)
        if (dmy[1].compare(months[m], Qt::CaseInsensitive) == 0)
            month = m + 1;
    const QDate date(dmy[2].toInt(), month, dmy[0].toInt());
    const QTime time(hms[0].toInt(), hms[1].toInt(), hms[2].toInt());
    const int sign = parts[2][0] == '-' ? -1 : 1;
    const int offset = sign * (parts[2].sliced(1, 2).toInt() * 3600 + parts[2].sliced(3, 2).toInt() * 60);
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, Qt::OffsetFromUTC, offset);
}

void parseCode(QByteArrayView inside, ImapResponseCode &code)
{
    ImapTokenizer tok(inside);
    code.name = tok.atom().toByteArray().toUpper();
    if (!tok.skipSpaces())
        return;
    const QByteArrayView rest = tok.rest();
    if (code.name == "CAPABILITY") {
        for (const QByteArray &a : rest.toByteArray().split(' '))
            if (!a.isEmpty())
                code.args.append(a);
    } else if (code.name == "PERMANENTFLAGS") {
        code.args = atomList(tok);
    } else if (code.name == "UIDVALIDITY" || code.name == "UIDNEXT" || code.name == "UNSEEN" ||
               code.name == "HIGHESTMODSEQ") {
        code.number = tok.number64();
    } else if (code.name == "APPENDUID" || code.name == "COPYUID") {
        // RFC 4315 §3: APPENDUID uidvalidity uid-set / COPYUID uidvalidity src dst
        code.uidValidity = tok.number();
        tok.skipSpaces();
        const QByteArray first = tok.atom().toByteArray();
        std::optional<ImapSequenceSet> a = ImapSequenceSet::parse(first);
        if (code.name == "APPENDUID") {
            code.uids = a.value_or(ImapSequenceSet());
        } else {
            code.sourceUids = a.value_or(ImapSequenceSet());
            tok.skipSpaces();
            code.uids = ImapSequenceSet::parse(tok.atom()).value_or(ImapSequenceSet());
        }
    } else {
        for (const QByteArray &a : rest.toByteArray().split(' '))
            if (!a.isEmpty())
                code.args.append(a);
    }
}

// resp-text = ["[" resp-text-code "]" SP] text
void parseRespText(ImapTokenizer &tok, ImapResponse &r)
{
    tok.skipSpaces();
    QByteArrayView rest = tok.restOfLine();
    if (rest.startsWith('[')) {
        const qsizetype close = rest.indexOf(']');
        if (close > 0) {
            parseCode(rest.sliced(1, close - 1), r.code);
            rest = rest.sliced(close + 1);
            while (rest.startsWith(' '))
                rest = rest.sliced(1);
        }
    }
    r.text = rest.toByteArray();
}

void parseFetch(ImapTokenizer &tok, ImapFetch &f)
{
    if (!tok.expect('('))
        return;
    while (!tok.hasError() && !tok.consume(')')) {
        if (tok.skipSpaces())
            continue;
        if (tok.atEnd()) {
            tok.setError(TrImap::tr("unterminated FETCH"));
            return;
        }
        const QByteArrayView item = tok.itemName();
        // Compared in place: a header sync parses six item names per message.
        auto is = [&](const char *n) { return item.compare(n, Qt::CaseInsensitive) == 0; };
        ImapFetchSection section;
        bool hasSection = false;
        if (tok.peek() == '[') {
            hasSection = true;
            section.section = tok.section().toByteArray();
            if (tok.consume('<')) {
                section.origin = tok.number();
                tok.expect('>');
            }
        }
        tok.skipSpaces();
        if (hasSection && (is("BODY") || is("BINARY"))) {
            const std::optional<QByteArrayView> v = tok.nstring();
            section.data = v ? (v->isEmpty() ? QByteArray("", 0) : v->toByteArray()) : QByteArray();
            f.sections.append(section);
        } else if (is("UID")) {
            f.uid = tok.number();
        } else if (is("FLAGS")) {
            f.hasFlags = true;
            f.flags = atomList(tok);
        } else if (is("INTERNALDATE")) {
            f.internalDate = internalDate(tok.string());
        } else if (is("RFC822.SIZE")) {
            f.size = qint64(tok.number64());
        } else if (is("MODSEQ")) { // RFC 7162 §3.1.4.1: MODSEQ (n)
            tok.expect('(');
            f.modSeq = tok.number64();
            tok.expect(')');
        } else if (is("ENVELOPE")) {
            if (std::optional<ImapEnvelope> e = ImapEnvelope::parse(tok))
                f.envelope = std::make_shared<ImapEnvelope>(std::move(*e));
        } else if (is("BODYSTRUCTURE") || is("BODY")) {
            if (std::optional<ImapBodyPart> b = ImapBodyPart::parse(tok))
                f.bodyStructure = std::make_shared<ImapBodyPart>(std::move(*b));
        } else if (is("RFC822") || is("RFC822.HEADER") || is("RFC822.TEXT")) {
            section.section = is("RFC822") ? QByteArray("", 0) : item.sliced(7).toByteArray().toUpper();
            const std::optional<QByteArrayView> v = tok.nstring();
            section.data = v ? v->toByteArray() : QByteArray();
            f.sections.append(section);
        } else {
            tok.skipValue();
        }
    }
}

void parseList(ImapTokenizer &tok, ImapListEntry &l)
{
    // mailbox-list = "(" [mbx-list-flags] ")" SP (DQUOTE QUOTED-CHAR DQUOTE / nil) SP mailbox
    l.attributes = atomList(tok);
    tok.skipSpaces();
    if (!tok.consumeNil()) {
        const QByteArrayView d = tok.string();
        if (d.size() == 1)
            l.delimiter = d.at(0);
        else if (!tok.hasError())
            tok.setError(TrImap::tr("hierarchy delimiter is not one character"));
    }
    tok.skipSpaces();
    l.wireName = tok.astring().toByteArray();
    // RFC 3501 §5.1: INBOX is case-insensitive.
    if (l.wireName.compare("INBOX", Qt::CaseInsensitive) == 0)
        l.wireName = "INBOX";
    l.name = ImapMailboxCodec::decode(l.wireName);
    tok.skipSpaces();
    if (tok.peek() == '(')
        tok.skipValue(); // RFC 5258 mbox-list-extended, unused
}

void parseStatus(ImapTokenizer &tok, ImapStatusData &s)
{
    s.mailbox = ImapMailboxCodec::decode(tok.astring());
    tok.skipSpaces();
    if (!tok.expect('('))
        return;
    while (!tok.hasError() && !tok.consume(')')) {
        if (tok.skipSpaces())
            continue;
        if (tok.atEnd()) {
            tok.setError(TrImap::tr("unterminated STATUS"));
            return;
        }
        const QByteArray item = tok.atom().toByteArray().toUpper();
        tok.skipSpaces();
        const quint64 v = tok.number64();
        if (item == "MESSAGES") s.messages = qint64(v);
        else if (item == "RECENT") s.recent = qint64(v);
        else if (item == "UIDNEXT") s.uidNext = qint64(v);
        else if (item == "UIDVALIDITY") s.uidValidity = qint64(v);
        else if (item == "UNSEEN") s.unseen = qint64(v);
        else if (item == "SIZE") s.size = qint64(v);
        else if (item == "HIGHESTMODSEQ") s.highestModSeq = v;
    }
}

void parseUntaggedData(ImapTokenizer &tok, ImapResponse &r)
{
    const QByteArray &k = r.keyword;
    if (k == "CAPABILITY" || k == "ENABLED") {
        while (tok.skipSpaces() && !tok.atEnd() && r.atoms.size() < kMaxListItems)
            r.atoms.append(tok.atom("]").toByteArray());
    } else if (k == "FLAGS") {
        tok.skipSpaces();
        r.atoms = atomList(tok);
    } else if (k == "LIST" || k == "LSUB") {
        tok.skipSpaces();
        parseList(tok, r.list);
    } else if (k == "STATUS") {
        tok.skipSpaces();
        parseStatus(tok, r.statusData);
    } else if (k == "SEARCH" || k == "SORT") {
        while (tok.skipSpaces() && !tok.atEnd()) {
            if (tok.consume('(')) { // RFC 7162 §3.1.5: (MODSEQ n)
                tok.atom();
                tok.skipSpaces();
                r.modSeq = tok.number64();
                tok.expect(')');
            } else if (r.numbers.size() < 10 * kMaxListItems) {
                r.numbers.append(tok.number());
            } else {
                tok.setError(TrImap::tr("SEARCH result too long"));
            }
        }
    } else if (k == "ESEARCH") { // RFC 4731 §3.1
        tok.skipSpaces();
        if (tok.peek() == '(')
            tok.skipValue();
        while (tok.skipSpaces() && !tok.atEnd()) {
            const QByteArray item = tok.atom().toByteArray().toUpper();
            if (item == "UID")
                continue;
            tok.skipSpaces();
            if (item == "ALL")
                r.uidSet = ImapSequenceSet::parse(tok.atom());
            else if (item == "MODSEQ")
                r.modSeq = tok.number64();
            else
                r.numbers.append(tok.number());
        }
    } else if (k == "VANISHED") { // RFC 7162 §3.2.10
        tok.skipSpaces();
        if (tok.consume('(')) {
            r.earlier = tok.atom().compare("EARLIER", Qt::CaseInsensitive) == 0;
            tok.expect(')');
            tok.skipSpaces();
        }
        r.uidSet = ImapSequenceSet::parse(tok.atom());
        if (!r.uidSet)
            tok.setError(TrImap::tr("malformed VANISHED set"));
    } else if (k == "ID") { // RFC 2971 §3.2
        tok.skipSpaces();
        if (tok.consumeNil())
            return;
        tok.expect('(');
        while (!tok.hasError() && !tok.consume(')')) {
            if (tok.skipSpaces())
                continue;
            const QByteArray key = tok.string().toByteArray();
            tok.skipSpaces();
            const std::optional<QByteArrayView> v = tok.nstring();
            if (r.id.size() < 30) // RFC 2971 §3.3: at most 30 pairs
                r.id.append({key, v ? v->toByteArray() : QByteArray()});
        }
    } else {
        tok.restOfLine(); // NAMESPACE, METADATA, ...: kept raw
    }
}
} // namespace

bool ImapListEntry::hasAttribute(const char *attr) const
{
    for (const QByteArray &a : attributes)
        if (a.compare(attr, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

const char *ImapResponse::statusName(Status s)
{
    switch (s) {
    case Status::None: return "";
    case Status::Ok: return "OK";
    case Status::No: return "NO";
    case Status::Bad: return "BAD";
    case Status::PreAuth: return "PREAUTH";
    case Status::Bye: return "BYE";
    }
    return "?";
}

std::optional<ImapResponse> ImapResponse::parse(const QByteArray &frame, QString *error)
{
    ImapResponse r;
    r.raw = frame;
    ImapTokenizer tok(frame);
    if (tok.consume('+')) { // RFC 3501 §7.5: continue-req = "+" SP (resp-text / base64)
        r.type = Type::Continuation;
        tok.consume(' ');
        r.text = tok.restOfLine().toByteArray();
        return r;
    }
    if (tok.consume('*')) {
        r.type = Type::Untagged;
        if (!tok.skipSpaces()) {
            *error = TrImap::tr("untagged response without a space: %1").arg(QString::fromUtf8(frame.left(80)));
            return std::nullopt;
        }
        if (tok.peek() >= '0' && tok.peek() <= '9') {
            r.number = tok.number();
            tok.skipSpaces();
            r.keyword = tok.atom().toByteArray().toUpper();
            if (r.keyword == "FETCH") {
                r.fetch.seq = r.number;
                tok.skipSpaces();
                parseFetch(tok, r.fetch);
            }
        } else {
            const QByteArrayView word = tok.atom();
            r.status = statusOf(word);
            if (r.status != Status::None) {
                parseRespText(tok, r);
            } else {
                r.keyword = word.toByteArray().toUpper();
                parseUntaggedData(tok, r);
            }
        }
    } else {
        r.type = Type::Tagged;
        r.tag = tok.atom().toByteArray();
        tok.skipSpaces();
        r.status = statusOf(tok.atom());
        if (r.status == Status::None || r.status == Status::PreAuth || r.status == Status::Bye) {
            *error = TrImap::tr("a tagged response that is not OK, NO or BAD: %1")
                         .arg(QString::fromUtf8(frame.left(80)));
            return std::nullopt;
        }
        parseRespText(tok, r);
    }
    if (tok.hasError()) {
        *error = TrImap::tr("cannot parse the server's response (%1): %2")
                     .arg(tok.error(), QString::fromUtf8(frame.left(80)));
        return std::nullopt;
    }
    return r;
}

} // namespace carteiro

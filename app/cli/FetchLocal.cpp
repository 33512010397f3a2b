// SPDX-License-Identifier: GPL-3.0-or-later
// carteiro-cli fetch --server mbox:PATH | maildir:PATH | mh:PATH: a mailbox on
// disk read directly (core/local), printed as IMAP and POP3 mail is.
#include "CliCommon.h"
#include "FetchOutput.h"
#include "local/LocalMailbox.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace carteiro::cli {

namespace {
struct TrCli { Q_DECLARE_TR_FUNCTIONS(Cli) };

void printWarnings(const LocalMailbox &box, int *told)
{
    const QStringList w = box.warnings();
    for (; *told < w.size(); ++*told)
        err(TrCli::tr("warning: %1").arg(w.at(*told)));
}
} // namespace

int runFetchLocal(const QString &spec, const FetchRequest &req)
{
    QString error;
    std::unique_ptr<LocalMailbox> box = LocalMailbox::openSpec(spec, &error);
    if (!box)
        return fail(Usage, error);
    int told = 0;
    // mbox and MH messages are numbered (printed as "uid"); a Maildir's have unique names ("uidl").
    const bool named = box->kind() == LocalMailbox::Kind::Maildir;
    bool ok = true;
    while (!box->atEnd() && ok) {
        QList<QByteArray> headers;
        const int first = box->count();
        box->indexMore(512, req.what == FetchRequest::What::List ? &headers : nullptr, &ok);
        for (int i = 0; i < headers.size(); ++i) { // printed as they are read: the first rows at once
            const LocalEntry &e = box->entries().at(first + i);
            QJsonObject o = headerEntry(headers.at(i));
            if (named)
                o.insert(QStringLiteral("uidl"), e.key);
            else
                o.insert(QStringLiteral("uid"), qint64(e.number));
            o.insert(QStringLiteral("size"), e.length);
            QJsonArray flags;
            for (const QByteArray &f : MessageFlag::toImap(e.flags))
                flags.append(QString::fromLatin1(f));
            o.insert(QStringLiteral("flags"), flags);
            printEntry(o, req.json);
        }
        printWarnings(*box, &told);
    }
    if (!ok)
        return fail(Refused, box->error());
    if (req.what == FetchRequest::What::List)
        return Ok;
    if (req.what == FetchRequest::What::Folders) { // one mailbox, named with its format (final once all is read)
        out(QStringLiteral("%1\t\t%2").arg(box->displayName(), box->formatName()));
        return Ok;
    }
    const int index = box->find(req.id);
    if (index < 0)
        return fail(Refused, TrCli::tr("no message %1 in %2 (%3)").arg(req.id, box->path(), box->formatName()));
    const auto raw = box->raw(index, &error);
    if (!raw)
        return fail(Refused, error);
    return printMessage(*raw, req);
}

} // namespace carteiro::cli

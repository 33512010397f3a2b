// SPDX-License-Identifier: GPL-3.0-or-later
// carteiro-cli diagram: a transcript (what --trace and the inspector's text
// export write) drawn as a ladder diagram in SVG, one arrow per C:/S: line
// (core/trace/LadderLayout.h).
#include "CliCommon.h"
#include "trace/LadderLayout.h"
#include "trace/LadderSvg.h"
#include "trace/TraceTextParser.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace carteiro::cli {

namespace {
struct TrCli { Q_DECLARE_TR_FUNCTIONS(Cli) };
} // namespace

int runDiagram(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(TrCli::tr("Draw a transcript (the text of --trace or of the inspector's "
                                          "export) as a ladder diagram in SVG."));
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("transcript"), TrCli::tr("the transcript file"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    TrCli::tr("the SVG file to write"), QStringLiteral("file"));
    const QCommandLineOption protocol(QStringLiteral("protocol"),
                                      TrCli::tr("smtp, imap or pop3 (default: guessed from the server's lines)"),
                                      QStringLiteral("name"));
    const QCommandLineOption title(QStringLiteral("title"), TrCli::tr("the title of the server's lane"),
                                   QStringLiteral("text"));
    const QCommandLineOption fontSize(QStringLiteral("font-size"), TrCli::tr("text size in pixels (default 13)"),
                                      QStringLiteral("px"), QStringLiteral("13"));
    p.addOptions({output, protocol, title, fontSize});
    if (!p.parse(args))
        return fail(Usage, p.errorText());
    if (p.isSet(QStringLiteral("help"))) {
        out(p.helpText());
        return Ok;
    }
    const QStringList files = p.positionalArguments();
    if (files.size() != 1)
        return fail(Usage, TrCli::tr("name one transcript file: carteiro-cli diagram TRANSCRIPT -o FILE.svg"));
    if (!p.isSet(output))
        return fail(Usage, TrCli::tr("name the SVG file to write with -o FILE.svg"));
    Protocol proto = Protocol::Other;
    const QString protoName = p.value(protocol).toLower();
    if (protoName == QStringLiteral("smtp"))
        proto = Protocol::Smtp;
    else if (protoName == QStringLiteral("imap"))
        proto = Protocol::Imap;
    else if (protoName == QStringLiteral("pop3"))
        proto = Protocol::Pop3;
    else if (!protoName.isEmpty())
        return fail(Usage, TrCli::tr("unknown protocol \"%1\": use smtp, imap or pop3").arg(p.value(protocol)));
    bool sizeOk = false;
    const double px = p.value(fontSize).toDouble(&sizeOk);
    if (!sizeOk || px < 6 || px > 72)
        return fail(Usage, TrCli::tr("--font-size must be a number of pixels from 6 to 72"));

    const QString path = files.first();
    QFile in(path);
    TraceTextParser::Limits limits;
    if (QFileInfo(path).size() > limits.maxBytes)
        return fail(Usage, TrCli::tr("%1 is larger than %2 bytes").arg(path).arg(limits.maxBytes));
    if (!in.open(QIODevice::ReadOnly))
        return fail(Usage, TrCli::tr("cannot read %1: %2").arg(path, in.errorString()));
    const TraceTextParser::Result parsed = TraceTextParser::parse(in.read(limits.maxBytes + 1), proto, limits);
    if (!parsed.ok())
        return fail(Usage, TrCli::tr("%1: %2").arg(path, parsed.error));

    LadderLayout::Options options;
    options.fontPx = px;
    const Protocol guessed = parsed.events.isEmpty() ? proto : parsed.events.first().protocol;
    options.serverTitle = p.isSet(title) ? p.value(title)
                                         : TrCli::tr("Server (%1)").arg(QString::fromLatin1(protocolName(guessed)));
    const LadderLayout layout = LadderLayout::build(parsed.events, options);
    if (layout.arrows.isEmpty())
        return fail(Usage, TrCli::tr("%1 has no C: or S: line to draw").arg(path));

    QSaveFile svg(p.value(output));
    const QByteArray bytes = LadderSvg::write(layout, QFileInfo(path).fileName());
    if (!svg.open(QIODevice::WriteOnly) || svg.write(bytes) != bytes.size() || !svg.commit())
        return fail(Usage, TrCli::tr("cannot write %1: %2").arg(p.value(output), svg.errorString()));
    // Each count in its own %n phrase: every language says its own plural (tr() picks the form).
    out(TrCli::tr("wrote %1: %2, %3, %4")
            .arg(p.value(output), TrCli::tr("%n arrow(s)", nullptr, int(layout.arrows.size())),
                 TrCli::tr("%n sent while another command was in flight", nullptr, int(layout.pipelinedCount)),
                 TrCli::tr("%n TLS handshake(s)", nullptr, int(layout.bands.size()))));
    return Ok;
}

} // namespace carteiro::cli

// SPDX-License-Identifier: GPL-3.0-or-later
// The inspector over a real send: alice submits a photo and a voice note to bob
// through the lab's Postfix (STARTTLS on 587, AUTH PLAIN), in process, and the
// dock's transcript, MIME tab and session summary show it, without the password.
#include "Fixtures.h"
#include "InspectorFixtures.h"
#include "LabEnv.h"
#include "inspector/InspectorDock.h"
#include "inspector/MimePane.h"
#include "inspector/MimeTreeModel.h"
#include "engine/SmtpSessionSummary.h"
#include "inspector/SessionSummary.h"
#include "inspector/TraceModel.h"
#include "inspector/TranscriptPane.h"
#include "mime/MimeComposer.h"
#include "smtp/SubmissionJob.h"

#include <QMainWindow>
#include <QTemporaryDir>
#include <QUuid>
#include <gtest/gtest.h>

using namespace carteiro;
using namespace carteiro::test;

namespace {

int rowStarting(const TraceModel &m, const QString &prefix, Direction direction)
{
    for (int r = 0; r < m.rowCount(); ++r)
        if (m.event(r).direction == direction && TraceModel::displayText(m.event(r)).startsWith(prefix))
            return r;
    return -1;
}

} // namespace

TEST(InspectorLab, RealSubmissionThroughTheLabIsShownAndMasked)
{
    const LabEnv lab = LabEnv::fromEnvironment();
    if (!lab.valid)
        GTEST_SKIP() << "the mail lab is not running (missing " << lab.missing.toStdString()
                     << "); eval \"$(bash tests/lab/mail-lab.sh env)\"";
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString pngPath = dir.filePath(QStringLiteral("foto.png"));
    const QString wavPath = dir.filePath(QStringLiteral("recado.wav"));
    ASSERT_TRUE(writeFile(pngPath, makePng(160, 120)));
    ASSERT_TRUE(writeFile(wavPath, makeWav(800)));
    const QString marker = QUuid::createUuid().toString(QUuid::WithoutBraces);

    MessageDraft draft;
    QString error;
    draft.from = *MailAddress::parse(QStringLiteral("Zé Ninguém <%1>").arg(lab.alice), &error);
    draft.to = {*MailAddress::parse(lab.bob, &error)};
    draft.subject = QStringLiteral("Inspector %1").arg(marker);
    draft.textBody = QStringLiteral("Olá Bob,\nsegue a foto e o áudio.\n");
    AttachmentSpec png, wav;
    png.filePath = pngPath;
    wav.filePath = wavPath;
    draft.attachments = {png, wav};
    const QString messagePath = dir.filePath(QStringLiteral("message.eml"));
    const auto composed = MimeComposer::compose(draft, messagePath, &error);
    ASSERT_TRUE(composed) << error.toStdString();

    TraceHub hub;
    QMainWindow window;
    auto *dock = new InspectorDock(&hub, &window);
    window.addDockWidget(Qt::BottomDockWidgetArea, dock);
    window.show();

    ChannelOptions channel;
    channel.host = lab.host;
    channel.port = lab.submission;
    channel.security = TransportSecurity::StartTls;
    channel.caFile = lab.caFile;
    channel.label = QStringLiteral("smtp://%1:%2").arg(lab.host).arg(lab.submission);
    SmtpSession::Config config;
    config.ehloName = "inspector.test";
    config.credentials.username = lab.alice;
    config.credentials.password = lab.alicePassword;
    config.mechanism = QStringLiteral("PLAIN"); // the mechanism whose secret is plainest on the wire
    SmtpEnvelope envelope;
    envelope.from = composed->envelopeFrom;
    envelope.recipients = composed->envelopeRecipients;
    envelope.size = composed->size;
    envelope.eightBit = composed->has8BitData;
    SubmissionJob job(&hub, channel, config, {{composed->filePath, envelope}});
    bool finished = false;
    QObject::connect(&job, &SubmissionJob::finished, [&] { finished = true; });
    job.start();
    ASSERT_TRUE(waitUntil([&] { return finished; }, 60000));
    ASSERT_EQ(job.outcome(), SubmissionJob::Outcome::Sent) << job.errorMessage().toStdString();

    TraceModel *model = dock->transcript()->model();
    const quint64 last = lastHubId(hub);
    ASSERT_TRUE(waitUntil([&] { return model->lastEventId() == last; }));

    using D = Direction;
    for (const char *prefix : {"EHLO inspector.test", "STARTTLS", "AUTH PLAIN", "MAIL FROM:<", "RCPT TO:<"})
        EXPECT_GE(rowStarting(*model, QString::fromLatin1(prefix), D::ClientToServer), 0) << prefix;
    EXPECT_TRUE(rowStarting(*model, QStringLiteral("BDAT "), D::ClientToServer) >= 0 ||
                rowStarting(*model, QStringLiteral("DATA"), D::ClientToServer) >= 0);
    const int ok = rowStarting(*model, QStringLiteral("250 2.1.0"), D::ServerToClient);
    ASSERT_GE(ok, 0);
    // Read in the context of MAIL, with the enhanced code read properly.
    const QString meaning = model->data(model->index(ok, TraceModel::MeaningColumn)).toString();
    EXPECT_TRUE(meaning.startsWith(QStringLiteral("The sender is accepted"))) << meaning.toStdString();
    EXPECT_TRUE(meaning.contains(QStringLiteral("2.1.0 Success: Originator address valid")))
        << meaning.toStdString();
    const int chunking = rowStarting(*model, QStringLiteral("250 CHUNKING"), D::ServerToClient);
    if (chunking >= 0) {
        EXPECT_TRUE(model->data(model->index(chunking, TraceModel::MeaningColumn))
                        .toString()
                        .startsWith(QStringLiteral("CHUNKING:")));
    }
    const int queued = rowStarting(*model, QStringLiteral("250 2.0.0"), D::ServerToClient);
    ASSERT_GE(queued, 0);
    const QString queueId = job.session().results().value(0).queueId;
    ASSERT_FALSE(queueId.isEmpty());
    EXPECT_TRUE(model->event(queued).bytes.contains(queueId.toUtf8()));
    int tls = -1;
    for (int r = 0; r < model->rowCount() && tls < 0; ++r)
        if (model->event(r).kind == TraceKind::TlsHandshake)
            tls = r;
    ASSERT_GE(tls, 0);
    const QString tlsText = model->data(model->index(tls, TraceModel::TextColumn)).toString();
    EXPECT_TRUE(tlsText.contains(QStringLiteral("TLSv1."))) << tlsText.toStdString();
    EXPECT_TRUE(tlsText.contains(job.channel()->tlsDetails().cipher));
    EXPECT_FALSE(job.channel()->tlsDetails().cipher.isEmpty());

    // tests/README.md, case 25: never the password, raw or base64, alone or in PLAIN's blob.
    const QByteArray pw = lab.alicePassword.toUtf8();
    const QByteArray blob = QByteArray(1, '\0') + lab.alice.toUtf8() + QByteArray(1, '\0') + pw;
    const QList<QByteArray> secrets = {pw, pw.toBase64(), blob.toBase64()};
    for (int r = 0; r < model->rowCount(); ++r)
        for (int col = 0; col < TraceModel::ColumnCount; ++col)
            for (const int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(TraceModel::ExportLineRole)}) {
                const QByteArray text = model->data(model->index(r, col), role).toString().toUtf8();
                for (const QByteArray &s : secrets)
                    ASSERT_FALSE(text.contains(s)) << "row " << r << ": " << text.constData();
            }
    QString exportError;
    ASSERT_TRUE(dock->transcript()->exportText(dir.filePath(QStringLiteral("t.txt")), &exportError));
    ASSERT_TRUE(dock->transcript()->exportHtml(dir.filePath(QStringLiteral("t.html")), &exportError));
    for (const char *name : {"t.txt", "t.html"}) {
        const QByteArray text = readFile(dir.filePath(QString::fromLatin1(name)));
        EXPECT_TRUE(text.contains("RCPT TO:")) << name;
        for (const QByteArray &s : secrets)
            EXPECT_FALSE(text.contains(s)) << name;
    }

    // The MIME tab shows the message just sent; the Session tab its summary.
    ASSERT_TRUE(dock->showMessageFile(composed->filePath));
    bool sawPng = false, sawAudio = false;
    const MimeTreeModel *mime = dock->mime()->model();
    for (const QModelIndex &i : mime->allIndexes()) {
        const MimeNode *n = mime->node(i);
        if (n->mediaType == "image/png" && n->fileName == QStringLiteral("foto.png") && n->decodedSize > 0)
            sawPng = true;
        if (n->mediaType.startsWith("audio/") && n->fileName == QStringLiteral("recado.wav") && n->decodedSize > 0)
            sawAudio = true;
    }
    EXPECT_TRUE(sawPng);
    EXPECT_TRUE(sawAudio);
    dock->session()->setSummary(summarizeSmtpSession(job.session(), job.channel()->tlsDetails(), channel.label));
    const QString summary = dock->session()->plainText();
    EXPECT_TRUE(summary.contains(queueId)) << summary.toStdString();
    EXPECT_TRUE(summary.contains(QStringLiteral("PLAIN")));
    EXPECT_TRUE(summary.contains(QStringLiteral("PIPELINING (used)")));
    EXPECT_TRUE(summary.contains(job.channel()->tlsDetails().cipher));
    EXPECT_TRUE(dock->session()->summary().succeeded);
    for (const QByteArray &s : secrets)
        EXPECT_FALSE(summary.toUtf8().contains(s));

    EXPECT_FALSE(lab.waitForDelivery(QStringLiteral("bob"), marker.toUtf8()).isEmpty()) << "delivered to bob";

    // A real snapshot for the README / the report.
    dock->setFontPointSize(12);
    window.resize(1400, 820);
    QCoreApplication::sendPostedEvents();
    EXPECT_TRUE(dock->grab().save(QStringLiteral("/tmp/inspector-lab.png")));
}

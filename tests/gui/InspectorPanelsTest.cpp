// SPDX-License-Identifier: GPL-3.0-or-later
// The Capabilities and TLS tabs fill for SMTP, IMAP and POP3 connections alike,
// from the events in the hub (lab transcripts fed back as events), and follow
// the transcript's connection tab.
#include "InspectorFixtures.h"
#include "TranscriptEvents.h"
#include "inspector/CapabilityPanel.h"
#include "inspector/InspectorDock.h"
#include "inspector/TlsPanel.h"
#include "inspector/TraceModel.h"
#include "inspector/TranscriptPane.h"
#include "util/Translations.h"

#include <QComboBox>
#include <QLabel>
#include <QMainWindow>
#include <QTabBar>
#include <QTextBrowser>
#include <QTreeWidget>
#include <gtest/gtest.h>

using namespace carteiro;
using namespace carteiro::test;

namespace {
// Records a lab transcript into the hub as the Channel would have, with the
// handshake's chain and trust (which the text form does not carry).
quint32 feed(TraceHub &hub, const char *file, Protocol protocol, const QString &label)
{
    const quint32 c = hub.openConnection(protocol, label);
    for (TraceEvent e :
         eventsFromTranscript(transcriptFile(QString::fromLatin1(file)), protocol, c)) {
        e.id = 0;
        if (e.kind == TraceKind::TlsHandshake) {
            CertificateInfo leaf;
            leaf.subject = QStringLiteral("CN=mail.example.test");
            leaf.issuer = QStringLiteral("CN=mail.example.test");
            leaf.altNames = {QStringLiteral("mail.example.test"), QStringLiteral("127.0.0.1")};
            leaf.sha256 = e.tls.sha256;
            leaf.selfSigned = true;
            leaf.notBefore = QDateTime::currentDateTimeUtc().addDays(-1);
            leaf.notAfter = QDateTime::currentDateTimeUtc().addDays(30);
            e.tls.chain = {leaf};
            e.tls.trust = TlsTrust::CaFile;
            e.tls.caFile = QStringLiteral("/tmp/lab/cert.pem");
        }
        hub.record(e);
    }
    return c;
}

QStringList column(const QTreeWidget *table, int col)
{
    QStringList out;
    for (int r = 0; r < table->topLevelItemCount(); ++r)
        out << table->topLevelItem(r)->text(col);
    return out;
}

const QTreeWidgetItem *rowOf(const QTreeWidget *table, const QString &name)
{
    for (int r = 0; r < table->topLevelItemCount(); ++r)
        if (table->topLevelItem(r)->text(CapabilityPanel::NameColumn) == name)
            return table->topLevelItem(r);
    return nullptr;
}
} // namespace

TEST(InspectorPanels, BothPanelsFillForSmtpImapAndPop3)
{
    TraceHub hub;
    const quint32 smtp = feed(hub, "lab-smtp-starttls.txt", Protocol::Smtp,
                              QStringLiteral("smtp://127.0.0.2:10587"));
    const quint32 imap = feed(hub, "lab-imap-starttls.txt", Protocol::Imap,
                              QStringLiteral("imap://127.0.0.2:10143"));
    const quint32 pop3 =
        feed(hub, "lab-pop3-stls.txt", Protocol::Pop3, QStringLiteral("pop3://127.0.0.2:10110"));
    CapabilityPanel caps(&hub);
    TlsPanel tls(&hub);

    caps.setConnection(smtp);
    tls.setConnection(smtp);
    EXPECT_EQ(caps.shownConnection(), smtp);
    const QTreeWidget *t = caps.table();
    EXPECT_TRUE(column(t, CapabilityPanel::NameColumn).contains(QStringLiteral("PIPELINING")));
    const QTreeWidgetItem *auth = rowOf(t, QStringLiteral("AUTH"));
    ASSERT_NE(auth, nullptr);
    EXPECT_EQ(auth->text(CapabilityPanel::BeforeColumn), QStringLiteral("—"));
    EXPECT_TRUE(auth->text(CapabilityPanel::AfterColumn).contains(QLatin1String("SCRAM-SHA-256")));
    EXPECT_TRUE(auth->text(CapabilityPanel::UsedColumn).contains(QLatin1String("SCRAM-SHA-256")));
    const QTreeWidgetItem *starttls = rowOf(t, QStringLiteral("STARTTLS"));
    ASSERT_NE(starttls, nullptr);
    EXPECT_TRUE(starttls->text(CapabilityPanel::BeforeColumn).startsWith(QStringLiteral("✓")));
    EXPECT_TRUE(rowOf(t, QStringLiteral("VRFY"))->text(CapabilityPanel::UsedColumn).isEmpty());
    // Each with its meaning and RFC from the explanation catalog.
    EXPECT_TRUE(rowOf(t, QStringLiteral("PIPELINING"))
                    ->text(CapabilityPanel::MeaningColumn)
                    .contains(QLatin1String("RFC 2920")));
    EXPECT_TRUE(rowOf(t, QStringLiteral("CHUNKING"))
                    ->text(CapabilityPanel::MeaningColumn)
                    .contains(QLatin1String("RFC 3030")));
    EXPECT_FALSE(caps.warningsLabel()->isVisibleTo(&caps)) << caps.plainText().toStdString();
    EXPECT_TRUE(caps.plainText().contains(QStringLiteral("220 mail.example.test ESMTP Postfix")));
    QString text = tls.plainText();
    EXPECT_TRUE(text.contains(QStringLiteral("TLSv1.3"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("TLS_AES_256_GCM_SHA384")));
    EXPECT_TRUE(text.contains(QStringLiteral("STARTTLS")));
    EXPECT_TRUE(text.contains(QStringLiteral("RFC 8314")));
    EXPECT_TRUE(text.contains(TlsPanel::colonHex(
        QStringLiteral("b433ba0484bb3e15265d2c343ee72eeda630a356990a24466a9814afd52e628c"))));
    EXPECT_TRUE(text.contains(QStringLiteral("/tmp/lab/cert.pem")));
    EXPECT_TRUE(text.contains(QStringLiteral("127.0.0.1")));

    caps.setConnection(imap);
    tls.setConnection(imap);
    EXPECT_TRUE(caps.warningsLabel()->isVisibleTo(&caps));
    EXPECT_TRUE(caps.warningsLabel()->text().contains(QStringLiteral("LOGINDISABLED")));
    const QTreeWidgetItem *loginDisabled = rowOf(caps.table(), QStringLiteral("LOGINDISABLED"));
    ASSERT_NE(loginDisabled, nullptr);
    EXPECT_EQ(loginDisabled->text(CapabilityPanel::AfterColumn), QStringLiteral("—"));
    EXPECT_FALSE(rowOf(caps.table(), QStringLiteral("QRESYNC"))
                     ->text(CapabilityPanel::UsedColumn)
                     .isEmpty());
    EXPECT_TRUE(tls.plainText().contains(QStringLiteral("STARTTLS")));
    EXPECT_TRUE(rowOf(caps.table(), QStringLiteral("IDLE"))
                    ->text(CapabilityPanel::MeaningColumn)
                    .contains(QLatin1String("RFC 2177")));

    caps.setConnection(pop3);
    tls.setConnection(pop3);
    const QTreeWidgetItem *sasl = rowOf(caps.table(), QStringLiteral("SASL"));
    ASSERT_NE(sasl, nullptr);
    EXPECT_EQ(sasl->text(CapabilityPanel::BeforeColumn),
              QStringLiteral("✓ CRAM-MD5 SCRAM-SHA-1 SCRAM-SHA-256"));
    EXPECT_TRUE(rowOf(caps.table(), QStringLiteral("PIPELINING"))
                    ->text(CapabilityPanel::UsedColumn)
                    .contains(QLatin1String("2")));
    EXPECT_TRUE(tls.plainText().contains(QStringLiteral("TLSv1.3")));
    EXPECT_TRUE(rowOf(caps.table(), QStringLiteral("UIDL"))
                    ->text(CapabilityPanel::MeaningColumn)
                    .contains(QLatin1String("RFC ")));
    // None discarded at the boundary, and the panel says so.
    EXPECT_TRUE(tls.plainText().contains(QStringLiteral("none")));
}

TEST(InspectorPanels, ImplicitTlsHasNoBeforeColumnAndPraisesRfc8314)
{
    TraceHub hub;
    const quint32 c =
        feed(hub, "lab-imaps.txt", Protocol::Imap, QStringLiteral("imaps://127.0.0.2:10993"));
    CapabilityPanel caps(&hub);
    TlsPanel tls(&hub);
    caps.refresh();
    tls.refresh();
    EXPECT_EQ(caps.shownConnection(), c); // "Newest connection" by default
    EXPECT_TRUE(caps.table()->isColumnHidden(CapabilityPanel::BeforeColumn));
    EXPECT_FALSE(caps.table()->isColumnHidden(CapabilityPanel::AfterColumn));
    EXPECT_TRUE(tls.plainText().contains(QStringLiteral("Implicit TLS")));
    EXPECT_FALSE(tls.plainText().contains(QStringLiteral("Bytes discarded")));
}

TEST(InspectorPanels, InjectedBytesAndWarningsAreShown)
{
    TraceHub hub;
    const quint32 c = hub.openConnection(Protocol::Smtp, QStringLiteral("smtp://old.example"));
    for (TraceEvent e : eventsFromTranscript(
             "S: 220 x\nC: EHLO me\nS: 250-x\nS: 250-AUTH PLAIN LOGIN\nS: 250 STARTTLS\n"
             "C: STARTTLS\nS: 220 go\n",
             Protocol::Smtp, c)) {
        e.id = 0;
        hub.record(e);
    }
    TraceEvent inj =
        fixtureEvent(c, Direction::ServerToClient, TraceKind::Injection, "250 injected\r\n", false);
    inj.bodyBytes = 14;
    hub.record(inj);
    CapabilityPanel caps(&hub);
    TlsPanel tls(&hub);
    caps.refresh();
    tls.refresh();
    EXPECT_TRUE(caps.warningsLabel()->text().contains(QStringLiteral("PLAIN, LOGIN")));
    EXPECT_TRUE(caps.warningsLabel()->text().contains(QStringLiteral("RFC 4954 §4")));
    const QString text = tls.plainText();
    EXPECT_TRUE(text.contains(QStringLiteral("received before the handshake were discarded")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("14 byte")));
    EXPECT_TRUE(text.contains(QStringLiteral("250 injected\\r\\n")));
    EXPECT_TRUE(text.contains(QStringLiteral("Not encrypted")));
}

TEST(InspectorPanels, FollowTheTranscriptsConnectionTab)
{
    TraceHub hub;
    const quint32 smtp = feed(hub, "lab-smtp-starttls.txt", Protocol::Smtp,
                              QStringLiteral("smtp://127.0.0.2:10587"));
    const quint32 pop3 =
        feed(hub, "lab-pop3-stls.txt", Protocol::Pop3, QStringLiteral("pop3://127.0.0.2:10110"));
    QMainWindow window;
    auto *dock = new InspectorDock(&hub, &window);
    window.addDockWidget(Qt::BottomDockWidgetArea, dock);
    window.show();
    ASSERT_TRUE(waitUntil([&] { return dock->transcript()->model()->connections().size() == 2; }));
    ASSERT_TRUE(dock->transcript()->showConnection(smtp));
    EXPECT_EQ(dock->capabilities()->shownConnection(), smtp);
    EXPECT_EQ(dock->tls()->shownConnection(), smtp);
    EXPECT_EQ(dock->capabilities()->analysis().protocol, Protocol::Smtp);
    dock->transcript()->connectionTabs()->setCurrentIndex(2); // "All", SMTP, POP3
    EXPECT_EQ(dock->capabilities()->shownConnection(), pop3);
    EXPECT_EQ(dock->capabilities()->analysis().protocol, Protocol::Pop3);
    EXPECT_EQ(dock->tls()->analysis().protocol, Protocol::Pop3);
    dock->tabs()->setCurrentWidget(dock->capabilities());
    EXPECT_TRUE(dock->capabilities()->table()->topLevelItemCount() > 5);
}

TEST(InspectorPanels, SpeakPortuguese)
{
    TraceHub hub;
    feed(hub, "lab-imap-starttls-host1.txt", Protocol::Imap,
         QStringLiteral("imap://127.0.0.1:10143"));
    ASSERT_TRUE(installTranslations(QLocale(QStringLiteral("pt_BR"))));
    CapabilityPanel caps(&hub);
    TlsPanel tls(&hub);
    caps.refresh();
    tls.refresh();
    const QString capsText = caps.plainText();
    const QString tlsText = tls.plainText();
    removeTranslations();
    EXPECT_TRUE(capsText.contains(QStringLiteral("Autenticação oferecida antes do TLS")))
        << capsText.toStdString();
    EXPECT_TRUE(capsText.contains(QStringLiteral("Antes do TLS")));
    EXPECT_TRUE(capsText.contains(QStringLiteral("texto claro")));
    EXPECT_TRUE(tlsText.contains(QStringLiteral("Como o TLS começou"))) << tlsText.toStdString();
    EXPECT_TRUE(tlsText.contains(QStringLiteral("confiável pelo arquivo de CA")));
    EXPECT_TRUE(tlsText.contains(QStringLiteral("Suíte de cifras")));
}

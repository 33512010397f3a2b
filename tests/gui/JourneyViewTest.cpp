// SPDX-License-Identifier: GPL-3.0-or-later
// The journey view (ui/journey), offscreen: opened from the main window for
// the message shown (Message > Journey of the message), filled with the
// store's legs off the GUI thread; a click on an arrow shows that step's raw
// header line; the claims are marked unverified; it scales with the font; the
// composer's recipient menu offers the MX lookup of each domain, and the
// console's ":mx" answers without a connection.
// The samples are ASCII literals: let them read as QString here (before any Qt header).
#undef QT_NO_CAST_FROM_ASCII
#include "MainWindow.h"
#include "ShellTestSupport.h"
#include "account/MemorySecretStore.h"
#include "compose/AddressField.h"
#include "console/ConsoleWindow.h"
#include "engine/JourneyLoader.h"
#include "journey/JourneyActions.h"
#include "journey/JourneyView.h"
#include "journey/JourneyWindow.h"
#include "journey/MxDialog.h"
#include "journey/MxMenu.h"
#include "mail/MessageListModel.h"
#include "reader/MessageView.h"
#include "store/JourneyStore.h"
#include "store/MailStore.h"
#include "trace/TraceHub.h"

#include <QAction>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <gtest/gtest.h>

using namespace carteiro;
using namespace carteiro::test;

namespace {

const QByteArray kMessage =
    "Return-Path: <alice@example.test>\r\n"
    "Received: from mail.example.test\r\n\tby mail.example.test with LMTP\r\n\tid QKBtCsCVFmvBYAAAg+zDdQ\r\n"
    "\t(envelope-from <alice@example.test>)\r\n\tfor <bob@example.test>; Mon, 07 Dec 2026 11:17:22 +0000\r\n"
    "Received: from [127.0.0.1] (unknown [127.0.0.1])\r\n\tby mail.example.test (Postfix) with ESMTPSA id "
    "0FEA1A72227\r\n\tfor <bob@example.test>; Mon,  7 Dec 2026 11:17:20 +0000 (UTC)\r\n"
    "Authentication-Results: mail.example.test; dkim=none\r\n"
    "From: Alice <alice@example.test>\r\nTo: bob@example.test\r\nSubject: Postal\r\n"
    "Message-ID: <postal-1@example.test>\r\nDate: Mon, 7 Dec 2026 11:17:19 +0000\r\n\r\nOi, Bob!\r\n";

struct Journey : ::testing::Test
{
    QTemporaryDir dir;
    MemorySecretStore keychain;
    qint64 messageId = 0;
    StoredMessage row;

    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        clearSettings();
        MailStore store(storePath());
        ASSERT_TRUE(store.open()) << store.error().toStdString();
        StoredFolder folder;
        folder.accountId = QStringLiteral("local");
        folder.name = QStringLiteral("INBOX");
        folder.local = true;
        messageId = store.addLocalMessage(store.upsertFolder(folder), "u1", kMessage); // as POP3 leaves it
        ASSERT_NE(messageId, 0);
        SubmissionRecord sent;
        sent.messageId = "<postal-1@example.test>";
        sent.queueId = QStringLiteral("0FEA1A72227");
        sent.server = QStringLiteral("smtp://127.0.0.1:43587");
        sent.tls = QStringLiteral("TLSv1.3, TLS_AES_256_GCM_SHA384");
        sent.authMechanism = QStringLiteral("PLAIN");
        sent.reply = QStringLiteral("250 2.0.0 Ok: queued as 0FEA1A72227");
        sent.sent = QDateTime(QDate(2026, 12, 7), QTime(11, 17, 20, 400), Qt::UTC);
        JourneyStore journeys(storePath());
        ASSERT_TRUE(journeys.open()) << journeys.error().toStdString();
        ASSERT_TRUE(journeys.recordSubmission(sent));
        row = *store.message(messageId);
    }
    QString storePath() const { return dir.filePath(QStringLiteral("journey.sqlite")); }
};

} // namespace

TEST_F(Journey, OpensFromTheReaderWithEveryLegAndShowsARawLineOnClick)
{
    MainWindow w(&keychain, nullptr, storePath());
    w.show();
    JourneyActions *journey = w.findChild<JourneyActions *>();
    ASSERT_NE(journey, nullptr);
    ASSERT_FALSE(journey->action()->isEnabled()) << "nothing shown yet";
    w.messageModel()->setMessages({row});
    ASSERT_TRUE(w.selectMessage(messageId));
    ASSERT_TRUE(waitUntil([&] { return w.reader()->messageId() == messageId; }));
    ASSERT_TRUE(journey->action()->isEnabled());

    QSignalSpy loaded(journey->loader(), &JourneyLoader::loaded);
    journey->action()->trigger();
    JourneyWindow *win = journey->window();
    ASSERT_NE(win, nullptr);
    EXPECT_TRUE(win->isVisible());
    ASSERT_TRUE(waitUntil([&] { return loaded.count() > 0; }));
    EXPECT_FALSE(win->status()->isVisible()) << win->status()->text().toStdString();
    EXPECT_TRUE(win->title()->text().contains(QStringLiteral("Postal")));

    // Carteiro -> Postfix -> the mailbox (LMTP) -> Carteiro (POP3 download).
    JourneyView *view = win->view();
    ASSERT_EQ(view->journey().steps.size(), 3);
    ASSERT_EQ(view->nodeCount(), 4);
    EXPECT_EQ(view->nodeTitle(0), QStringLiteral("Carteiro"));
    EXPECT_EQ(view->nodeTitle(1), QStringLiteral("mail.example.test"));
    EXPECT_EQ(view->nodeTitle(3), QStringLiteral("Carteiro"));
    EXPECT_TRUE(view->journey().steps.first().matchedSubmission);
    EXPECT_EQ(view->journey().steps.last().protocol, QStringLiteral("POP3"));
    // Boxes left to right, each arrow between its two boxes.
    for (int i = 0; i < 3; ++i) {
        EXPECT_LE(view->nodeRect(i).right(), view->arrowRect(i).left() + 0.5);
        EXPECT_LE(view->arrowRect(i).right(), view->nodeRect(i + 1).left() + 0.5);
    }
    EXPECT_EQ(view->currentStep(), 0);
    EXPECT_TRUE(win->details()->toPlainText().contains(QStringLiteral("queued as 0FEA1A72227")));

    // A click on the second arrow: the LMTP hop and its raw header line.
    QTest::mouseClick(view, Qt::LeftButton, {}, view->arrowRect(1).center().toPoint());
    EXPECT_EQ(view->currentStep(), 1);
    const QString details = win->details()->toPlainText();
    EXPECT_TRUE(details.contains(QStringLiteral("Received: from mail.example.test by mail.example.test with LMTP")))
        << details.toStdString();
    EXPECT_TRUE(details.contains(QStringLiteral("2 s"))) << details.toStdString(); // 11:17:20 -> 11:17:22
    QTest::keyClick(view, Qt::Key_Right);
    EXPECT_EQ(view->currentStep(), 2);
    EXPECT_TRUE(win->details()->toPlainText().contains(QStringLiteral("POP3")));

    // The claims, each marked as not verified.
    const QString claims = win->claims()->toPlainText();
    EXPECT_TRUE(claims.contains(QStringLiteral("Return-Path")));
    EXPECT_TRUE(claims.contains(QStringLiteral("Authentication-Results")));
    EXPECT_TRUE(claims.contains(QStringLiteral("not verified by Carteiro")));

    // Drawn, and bigger with a bigger font (the projector scale).
    const QImage image = view->grab().toImage();
    EXPECT_GT(image.width(), 400);
    const int width = view->sizeHint().width();
    QFont big = view->font();
    big.setPointSizeF(big.pointSizeF() * 2);
    view->setFont(big);
    EXPECT_GT(view->sizeHint().width(), width * 3 / 2);
}

TEST_F(Journey, AHeaderWithoutTraceSaysSo)
{
    JourneyWindow win;
    win.setJourney(MessageJourney::build("Subject: nada\r\n\r\ncorpo"));
    EXPECT_EQ(win.view()->nodeCount(), 0);
    EXPECT_FALSE(win.status()->text().isEmpty());
    EXPECT_FALSE(win.view()->grab().toImage().isNull());
}

TEST_F(Journey, RecipientMenuOffersTheMxLookupOfEachDomain)
{
    AddressField field;
    field.setText(QStringLiteral("Bob <bob@example.test>, \"Silva, Ana\" <ana@acme.test>, carol@EXAMPLE.test"));
    EXPECT_EQ(MxMenu::domainsIn(field.text()), (QStringList{QStringLiteral("example.test"), QStringLiteral("acme.test")}));
    EXPECT_EQ(field.lineEdit()->contextMenuPolicy(), Qt::CustomContextMenu);
    std::unique_ptr<QMenu> menu(MxMenu::create(field.lineEdit()));
    QStringList offered;
    for (QAction *a : menu->actions())
        if (a->objectName() == QLatin1String("mxAction"))
            offered << a->text();
    EXPECT_EQ(offered, (QStringList{QStringLiteral("How does mail reach example.test?"),
                                    QStringLiteral("How does mail reach acme.test?")}));
    EXPECT_EQ(MxMenu::domainsIn(QStringLiteral("bob@example.test, not an address")),
              QStringList{QStringLiteral("example.test")}); // the good one still
}

TEST_F(Journey, MxDialogExplainsABadDomain)
{
    MxDialog dialog;
    QSignalSpy answered(&dialog, &MxDialog::answered);
    dialog.lookup(QStringLiteral("exa mple"));
    ASSERT_TRUE(answered.wait(5000));
    EXPECT_TRUE(dialog.answer()->toPlainText().contains(QStringLiteral("\"exa mple\" is not a domain name")))
        << dialog.answer()->toPlainText().toStdString();
}

TEST_F(Journey, ConsoleMxCommandWorksWithoutAConnection)
{
    TraceHub hub;
    ConsoleWindow console(&hub, {});
    console.submitLine(QStringLiteral(":mx bad domain!"));
    ASSERT_TRUE(waitUntil([&] { return console.transcriptText().contains(QStringLiteral("is not a domain name")); }, 5000))
        << console.transcriptText().toStdString();
    EXPECT_TRUE(console.transcriptText().contains(QStringLiteral("MX lookup of bad domain!")));
    EXPECT_FALSE(console.transcriptText().contains(QStringLiteral("not connected")));
}

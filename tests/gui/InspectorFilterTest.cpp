// SPDX-License-Identifier: GPL-3.0-or-later
// TraceFilterProxy and the transcript pane's filters: connection, protocol, search.
#include "InspectorFixtures.h"
#include "inspector/TraceFilterProxy.h"
#include "inspector/TraceModel.h"
#include "inspector/TranscriptPane.h"

#include <QBrush>
#include <QComboBox>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QTabBar>
#include <QTreeView>
#include <gtest/gtest.h>

using namespace carteiro;
using namespace carteiro::test;

namespace {
// Types into the search field and waits for the debounced search to apply.
void typeSearch(TranscriptPane &pane, const QString &text)
{
    pane.searchField()->setText(text);
    EXPECT_EQ(pane.proxy()->searchText() == text, text.isEmpty()) << "debounced, not applied per key";
    ASSERT_TRUE(waitUntil([&] { return pane.proxy()->searchText() == text; }));
}
} // namespace

namespace {

struct TwoConnections
{
    TraceHub hub;
    quint32 smtp = 0, imap = 0;
    TwoConnections()
    {
        smtp = recordSmtpSubmission(hub);
        imap = hub.openConnection(Protocol::Imap, QStringLiteral("imap://127.0.0.1:10143"));
        for (const QByteArray &line : {QByteArray("a1 CAPABILITY"), QByteArray("a2 LOGIN alice *****")}) {
            TraceEvent e = fixtureEvent(imap, Direction::ClientToServer, TraceKind::Line, line, true);
            e.protocol = Protocol::Imap;
            hub.record(e);
        }
    }
};

QStringList shownTexts(const TraceFilterProxy &proxy)
{
    QStringList out;
    for (int r = 0; r < proxy.rowCount(); ++r)
        out << proxy.data(proxy.index(r, TraceModel::TextColumn)).toString();
    return out;
}

} // namespace

TEST(InspectorFilter, ConnectionAndProtocolNarrowRows)
{
    TwoConnections f;
    TraceModel model;
    model.setHub(&f.hub);
    TraceFilterProxy proxy;
    proxy.setTraceModel(&model);
    const int all = model.rowCount();
    EXPECT_EQ(proxy.rowCount(), all);

    proxy.setConnectionFilter(f.imap);
    EXPECT_EQ(proxy.rowCount(), 2);
    for (int r = 0; r < proxy.rowCount(); ++r)
        EXPECT_EQ(proxy.data(proxy.index(r, 0), TraceModel::ConnectionRole).toUInt(), f.imap);

    proxy.setConnectionFilter(0);
    proxy.setProtocolFilter(Protocol::Smtp);
    EXPECT_EQ(proxy.rowCount(), all - 2);
    for (int r = 0; r < proxy.rowCount(); ++r)
        EXPECT_EQ(proxy.data(proxy.index(r, 0), TraceModel::ProtocolRole).toInt(), int(Protocol::Smtp));
    proxy.setProtocolFilter(Protocol::Pop3);
    EXPECT_EQ(proxy.rowCount(), 0);
    proxy.setProtocolFilter(std::nullopt);
    EXPECT_EQ(proxy.rowCount(), all);
}

TEST(InspectorFilter, SearchNarrowsToMatchingLinesAndMeanings)
{
    TwoConnections f;
    TraceModel model;
    model.setHub(&f.hub);
    TraceFilterProxy proxy;
    proxy.setTraceModel(&model);

    proxy.setSearchText(QStringLiteral("rcpt"));
    EXPECT_EQ(shownTexts(proxy), QStringList{QStringLiteral("RCPT TO:<bob@example.test>")});
    // A search in the decoded meaning finds the reply that means it.
    proxy.setSearchText(QStringLiteral("Originator address valid"));
    EXPECT_EQ(shownTexts(proxy), QStringList{QStringLiteral("250 2.1.0 Ok")});
    // Notes are searched as shown: the TLS row by its cipher.
    proxy.setSearchText(QStringLiteral("TLS_AES_256"));
    ASSERT_EQ(proxy.rowCount(), 1);
    EXPECT_EQ(proxy.data(proxy.index(0, 0), TraceModel::KindRole).toInt(), int(TraceKind::TlsHandshake));
    // Search and connection filter combine.
    proxy.setSearchText(QStringLiteral("a2"));
    proxy.setConnectionFilter(f.smtp);
    EXPECT_EQ(proxy.rowCount(), 0);
    proxy.setConnectionFilter(f.imap);
    EXPECT_EQ(proxy.rowCount(), 1);
}

TEST(InspectorFilter, HighlightModeKeepsContextAndFindsNextAndPrevious)
{
    TwoConnections f;
    TraceModel model;
    model.setHub(&f.hub);
    TraceFilterProxy proxy;
    proxy.setTraceModel(&model);
    proxy.setSearchNarrows(false);
    proxy.setSearchText(QStringLiteral("EHLO"));
    EXPECT_EQ(proxy.rowCount(), model.rowCount());
    QList<int> matches;
    for (int r = 0; r < proxy.rowCount(); ++r)
        if (proxy.sourceRowMatches(r))
            matches << r;
    ASSERT_GE(matches.size(), 2);
    EXPECT_TRUE(proxy.data(proxy.index(matches[0], 3), Qt::BackgroundRole).value<QBrush>().style() != Qt::NoBrush);
    EXPECT_EQ(proxy.findMatch(-1, true), matches.first());
    EXPECT_EQ(proxy.findMatch(matches.first(), true), matches[1]);
    EXPECT_EQ(proxy.findMatch(matches.first(), false), matches.last()) << "wraps around";
    proxy.setSearchText(QStringLiteral("no such text"));
    EXPECT_EQ(proxy.findMatch(0, true), -1);
}

TEST(InspectorFilter, NewRowsObeyTheFilterInPlace)
{
    TwoConnections f;
    TraceModel model;
    model.setHub(&f.hub);
    TraceFilterProxy proxy;
    proxy.setTraceModel(&model);
    proxy.setConnectionFilter(f.imap);
    TraceEvent e = fixtureEvent(f.imap, Direction::ClientToServer, TraceKind::Line, "a3 LOGOUT", true);
    e.protocol = Protocol::Imap;
    f.hub.record(e);
    f.hub.record(fixtureEvent(f.smtp, Direction::ClientToServer, TraceKind::Line, "NOOP", true));
    const quint64 last = lastHubId(f.hub);
    ASSERT_TRUE(waitUntil([&] { return model.lastEventId() == last; }));
    EXPECT_EQ(proxy.rowCount(), 3);
}

TEST(InspectorFilter, PaneToolbarDrivesTheProxy)
{
    TwoConnections f;
    TranscriptPane pane(&f.hub);
    ASSERT_EQ(pane.connectionBox()->count(), 3) << "all + two connections";
    pane.connectionBox()->setCurrentIndex(pane.connectionBox()->findData(f.imap));
    EXPECT_EQ(pane.proxy()->connectionFilter(), f.imap);
    EXPECT_EQ(pane.proxy()->rowCount(), 2);
    pane.connectionBox()->setCurrentIndex(0);
    pane.protocolBox()->setCurrentIndex(pane.protocolBox()->findData(int(Protocol::Imap)));
    EXPECT_EQ(pane.proxy()->rowCount(), 2);
    pane.protocolBox()->setCurrentIndex(0);
    typeSearch(pane, QStringLiteral("MAIL FROM"));
    EXPECT_EQ(pane.proxy()->rowCount(), 1);
    pane.findNext();
    const QModelIndexList selected = pane.view()->selectionModel()->selectedRows();
    ASSERT_EQ(selected.size(), 1);
    EXPECT_TRUE(pane.proxy()->data(selected.first().siblingAtColumn(3)).toString().startsWith(QStringLiteral("MAIL FROM")));
    EXPECT_EQ(pane.visibleEvents().size(), 1);
}

TEST(InspectorFilter, EachConnectionHasItsOwnTranscriptTab)
{
    TwoConnections f;
    TranscriptPane pane(&f.hub);
    QTabBar *tabs = pane.connectionTabs();
    ASSERT_EQ(tabs->count(), 3) << "All + one tab per connection";
    EXPECT_EQ(tabs->tabData(0).toUInt(), 0u);
    const int imapTab = 2;
    EXPECT_EQ(tabs->tabData(imapTab).toUInt(), f.imap);
    EXPECT_TRUE(tabs->tabText(imapTab).startsWith(QStringLiteral("IMAP"))) << tabs->tabText(imapTab).toStdString();
    EXPECT_TRUE(tabs->tabToolTip(imapTab).contains(QStringLiteral("imap://127.0.0.1:10143")));

    tabs->setCurrentIndex(imapTab); // a click on the IMAP tab
    EXPECT_EQ(pane.proxy()->connectionFilter(), f.imap);
    EXPECT_EQ(pane.proxy()->rowCount(), 2);
    EXPECT_EQ(pane.connectionBox()->currentData().toUInt(), f.imap) << "the box follows the tab";

    pane.connectionBox()->setCurrentIndex(0);
    EXPECT_EQ(tabs->currentIndex(), 0) << "the tab follows the box";
    EXPECT_GT(pane.proxy()->rowCount(), 2);

    // A third connection opened later gets its tab; the chosen one stays chosen.
    ASSERT_TRUE(pane.showConnection(f.smtp));
    const quint32 pop = f.hub.openConnection(Protocol::Pop3, QStringLiteral("pop3s://127.0.0.1:10995"));
    TraceEvent e = fixtureEvent(pop, Direction::ClientToServer, TraceKind::Line, "CAPA", true);
    e.protocol = Protocol::Pop3;
    f.hub.record(e);
    ASSERT_TRUE(waitUntil([&] { return tabs->count() == 4; }));
    EXPECT_EQ(tabs->tabData(tabs->currentIndex()).toUInt(), f.smtp);
    EXPECT_EQ(pane.proxy()->connectionFilter(), f.smtp);
    EXPECT_FALSE(pane.showConnection(9999));
}

TEST(InspectorFilter, RevealEventClearsHidingFiltersAndSelectsTheRow)
{
    TwoConnections f;
    TranscriptPane pane(&f.hub);
    pane.connectionBox()->setCurrentIndex(pane.connectionBox()->findData(f.imap));
    typeSearch(pane, QStringLiteral("a1"));
    ASSERT_EQ(pane.proxy()->rowCount(), 1);
    const QList<TraceEvent> all = f.hub.history();
    const auto rcpt = std::find_if(all.cbegin(), all.cend(), [](const TraceEvent &e) { return e.bytes.startsWith("RCPT"); });
    ASSERT_NE(rcpt, all.cend());
    ASSERT_TRUE(pane.revealEvent(rcpt->id));
    EXPECT_TRUE(pane.searchField()->text().isEmpty()) << "the toolbar agrees with the proxy";
    EXPECT_EQ(pane.connectionBox()->currentIndex(), 0);
    EXPECT_EQ(pane.proxy()->connectionFilter(), 0u);
    EXPECT_EQ(pane.selectedEvents().size(), 1);
    EXPECT_EQ(pane.selectedEvents().value(0).id, rcpt->id);
    EXPECT_FALSE(pane.revealEvent(999999)) << "not arrived yet";
}

// SPDX-License-Identifier: GPL-3.0-or-later
// The MIME tab: tree of a composed message (image/png and audio parts with
// file names and sizes), raw header and body of the selected part, bounded previews.
#include "Fixtures.h"
#include "inspector/MimePane.h"
#include "inspector/MimeTreeModel.h"
#include "mime/MimeComposer.h"

#include <QTemporaryDir>
#include <QTreeView>
#include <gtest/gtest.h>

using namespace carteiro;
using namespace carteiro::test;

namespace {

struct ComposedFixture
{
    QTemporaryDir dir;
    QString messagePath;
    QByteArray png, wav;

    explicit ComposedFixture(int wavMs = 1500)
    {
        png = makePng(320, 200);
        wav = makeWav(wavMs);
        const QString pngPath = dir.filePath(QStringLiteral("foto ação.png"));
        const QString wavPath = dir.filePath(QStringLiteral("recado de voz.wav"));
        writeFile(pngPath, png);
        writeFile(wavPath, wav);
        MessageDraft draft;
        QString error;
        draft.from = *MailAddress::parse(QStringLiteral("Zé Ninguém <alice@example.test>"), &error);
        draft.to = {*MailAddress::parse(QStringLiteral("bob@example.test"), &error)};
        draft.subject = QStringLiteral("Foto e áudio");
        draft.textBody = QStringLiteral("Olá Bob,\nsegue a foto e o áudio.\n");
        AttachmentSpec a, b;
        a.filePath = pngPath;
        b.filePath = wavPath;
        draft.attachments = {a, b};
        messagePath = dir.filePath(QStringLiteral("message.eml"));
        const auto composed = MimeComposer::compose(draft, messagePath, &error);
        EXPECT_TRUE(composed.has_value()) << error.toStdString();
    }
};

QModelIndex findType(const MimeTreeModel &m, const QString &prefix)
{
    for (const QModelIndex &i : m.allIndexes())
        if (m.data(i).toString().startsWith(prefix))
            return i;
    return {};
}

QString cell(const MimeTreeModel &m, const QModelIndex &i, int column)
{
    return m.data(i.siblingAtColumn(column)).toString();
}

} // namespace

TEST(InspectorMime, ShowsTheTreeOfAComposedMessageWithFileNamesAndSizes)
{
    ComposedFixture f;
    MimePane pane;
    ASSERT_TRUE(pane.showMessageFile(f.messagePath)) << pane.errorString().toStdString();
    const MimeTreeModel &m = *pane.model();
    ASSERT_EQ(m.rowCount(), 1);
    EXPECT_EQ(m.data(m.index(0, 0)).toString(), QStringLiteral("multipart/mixed"));
    EXPECT_EQ(m.allIndexes().size(), 4) << "mixed + text + png + wav";

    const QModelIndex image = findType(m, QStringLiteral("image/png"));
    ASSERT_TRUE(image.isValid());
    EXPECT_EQ(cell(m, image, MimeTreeModel::FileNameColumn), QStringLiteral("foto ação.png"));
    EXPECT_EQ(cell(m, image, MimeTreeModel::EncodingColumn), QStringLiteral("base64"));
    const MimeNode *png = m.node(image);
    EXPECT_EQ(png->decodedSize, f.png.size());
    EXPECT_GT(png->encodedSize, png->decodedSize * 4 / 3 - 1) << "base64 costs a third more";
    EXPECT_EQ(m.data(image, MimeTreeModel::DecodedBytesRole).toLongLong(), f.png.size());
    EXPECT_FALSE(cell(m, image, MimeTreeModel::EncodedColumn).isEmpty());

    const QModelIndex audio = findType(m, QStringLiteral("audio/"));
    ASSERT_TRUE(audio.isValid());
    EXPECT_EQ(cell(m, audio, MimeTreeModel::FileNameColumn), QStringLiteral("recado de voz.wav"));
    EXPECT_EQ(m.node(audio)->decodedSize, f.wav.size());

    const QModelIndex text = findType(m, QStringLiteral("text/plain"));
    ASSERT_TRUE(text.isValid());
    EXPECT_EQ(cell(m, text, MimeTreeModel::CharsetColumn), QStringLiteral("utf-8"));
    EXPECT_EQ(m.parent(text), m.index(0, 0));
}

TEST(InspectorMime, SelectedPartShowsItsRawHeaderAndBody)
{
    ComposedFixture f;
    MimePane pane;
    ASSERT_TRUE(pane.showMessageFile(f.messagePath));
    EXPECT_TRUE(pane.headerText().contains(QStringLiteral("MIME-Version: 1.0"))) << "the root is selected first";
    pane.selectNode(findType(*pane.model(), QStringLiteral("image/png")));
    EXPECT_TRUE(pane.headerText().contains(QStringLiteral("image/png")));
    EXPECT_TRUE(pane.headerText().contains(QStringLiteral("Content-Transfer-Encoding: base64")));
    EXPECT_FALSE(pane.headerText().contains(QStringLiteral("MIME-Version")));
    EXPECT_TRUE(pane.bodyText().startsWith(QString::fromLatin1(f.png.left(30).toBase64().left(36))))
        << pane.bodyText().left(60).toStdString();

    // The same from the bytes in memory.
    MimePane inMemory;
    ASSERT_TRUE(inMemory.showMessage(readFile(f.messagePath)));
    inMemory.selectNode(findType(*inMemory.model(), QStringLiteral("text/plain")));
    EXPECT_TRUE(inMemory.headerText().contains(QStringLiteral("text/plain")));
    EXPECT_FALSE(inMemory.bodyText().isEmpty());
}

TEST(InspectorMime, BigBodyPreviewIsBoundedAndExpandable)
{
    ComposedFixture f(60000); // ~940 KB of WAV, ~1.3 MB of base64
    MimePane pane;
    ASSERT_TRUE(pane.showMessageFile(f.messagePath));
    const QModelIndex audio = findType(*pane.model(), QStringLiteral("audio/"));
    ASSERT_TRUE(audio.isValid());
    pane.selectNode(audio);
    const qint64 full = pane.model()->node(audio)->bodyLength;
    ASSERT_GT(full, 4 * MimePane::kInitialPreviewBytes);
    EXPECT_LE(pane.bodyText().size(), MimePane::kInitialPreviewBytes);
    // CRLF line breaks become single newlines in the text view.
    EXPECT_GE(pane.bodyText().size(), MimePane::kInitialPreviewBytes * 95 / 100);
    pane.showMore();
    EXPECT_EQ(pane.previewLimit(), 2 * MimePane::kInitialPreviewBytes);
    EXPECT_GT(pane.bodyText().size(), MimePane::kInitialPreviewBytes + 1000);
    EXPECT_LE(pane.bodyText().size(), 2 * MimePane::kInitialPreviewBytes);
}

TEST(InspectorMime, HostileFileNamesAreShownMadeVisible)
{
    const QByteArray raw = "MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\n"
                           "Content-Type: application/octet-stream\r\n"
                           "Content-Disposition: attachment; filename*=utf-8''evil%E2%80%AEgnp.exe\r\n\r\nxx\r\n--b--\r\n";
    MimePane pane;
    ASSERT_TRUE(pane.showMessage(raw));
    const QModelIndex part = findType(*pane.model(), QStringLiteral("application/octet-stream"));
    ASSERT_TRUE(part.isValid());
    const QString shown = cell(*pane.model(), part, MimeTreeModel::FileNameColumn);
    EXPECT_FALSE(shown.contains(QChar(0x202E))) << "no raw right-to-left override";
    EXPECT_TRUE(shown.contains(QStringLiteral("exe")));
}

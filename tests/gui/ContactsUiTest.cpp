// SPDX-License-Identifier: GPL-3.0-or-later
// Contacts and identities offscreen, without the lab: the From combo lists
// every identity and a reply's From picks its identity; the signature is
// placed, swapped with the identity and never makes an empty message worth a
// draft; the address book adds, edits, groups, exports and imports vCard, and
// names what is wrong; completion in To offers a contact and a group.
#include "ShellTestSupport.h"

#include "account/IdentitiesDialog.h"
#include "account/LabAccountPreset.h"
#include "account/MemorySecretStore.h"
#include "account/PasswordResolver.h"
#include "compose/AddressCompleter.h"
#include "compose/AddressField.h"
#include "compose/ComposerSignature.h"
#include "compose/ComposerTextEdit.h"
#include "compose/ComposerWindow.h"
#include "contacts/AddressBookDialog.h"
#include "engine/ContactsEngine.h"
#include "engine/OutboxEngine.h"
#include "engine/SendController.h"
#include "trace/TraceHub.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace carteiro;
using namespace carteiro::test;

namespace {

struct ContactsUi : ::testing::Test
{
    TraceHub hub;
    SendController controller{&hub};
    MemorySecretStore keychain, session;
    PasswordResolver passwords{&keychain, &session};
    QTemporaryDir dir;
    OutboxEngine outbox{&hub, dir.filePath(QStringLiteral("outbox.sqlite"))}; // never started
    AccountSettings account = LabAccountPreset::make(QStringLiteral("alice"), QProcessEnvironment()).account;

    void SetUp() override
    {
        account.signature = QStringLiteral("Alice\nLab");
        account.moreIdentities = {{QStringLiteral("Secretaria"), QStringLiteral("secretaria@example.test"),
                                   QStringLiteral("sec@example.test"), QStringLiteral("Secretaria do Lab"), QString()},
                                  {QStringLiteral("Sem assinatura"), QStringLiteral("quiet@example.test"), QString(),
                                   QString(), QString()}};
    }

    std::unique_ptr<ComposerWindow> composer()
    {
        auto w = std::make_unique<ComposerWindow>(&outbox, &controller, &passwords, QList<AccountSettings>{account},
                                                  account.id);
        w->setAttribute(Qt::WA_DeleteOnClose, false);
        return w;
    }
};

QComboBox *fromCombo(ComposerWindow *w)
{
    return w->findChild<QComboBox *>();
}

} // namespace

TEST_F(ContactsUi, FromListsEveryIdentityAndSwapsTheSignature)
{
    auto w = composer();
    QComboBox *from = fromCombo(w.get());
    ASSERT_NE(from, nullptr);
    ASSERT_EQ(from->count(), 3);
    EXPECT_TRUE(from->itemText(1).startsWith(QStringLiteral("Secretaria <secretaria@example.test>")));
    EXPECT_EQ(w->bodyEdit()->toPlainText(), QStringLiteral("\n\n-- \nAlice\nLab"));
    EXPECT_FALSE(w->hasContent());

    w->bodyEdit()->textCursor().insertText(QStringLiteral("Oi"));
    from->setCurrentIndex(1);
    EXPECT_EQ(w->bodyEdit()->toPlainText(), QStringLiteral("Oi\n\n-- \nSecretaria do Lab"));
    const MessageDraft d = w->draft();
    EXPECT_EQ(d.from.address, QStringLiteral("secretaria@example.test"));
    ASSERT_EQ(d.replyTo.size(), 1);
    EXPECT_EQ(d.replyTo.first().address, QStringLiteral("sec@example.test"));
    from->setCurrentIndex(2); // no signature: the block and its empty line go
    EXPECT_EQ(w->bodyEdit()->toPlainText(), QStringLiteral("Oi"));
    from->setCurrentIndex(0);
    EXPECT_EQ(w->bodyEdit()->toPlainText(), QStringLiteral("Oi\n\n-- \nAlice\nLab"));
}

TEST_F(ContactsUi, AReplyOpensFromItsIdentityWithTheSignatureAboveOrBelow)
{
    for (const bool above : {false, true}) {
        account.signatureAboveQuote = above;
        auto w = composer();
        MessageDraft reply;
        reply.from = MailAddress{QStringLiteral("Secretaria"), QStringLiteral("SECRETARIA@example.test")};
        reply.to = {MailAddress{QStringLiteral("Bob"), QStringLiteral("bob@example.test")}};
        reply.subject = QStringLiteral("Re: matrícula");
        reply.textBody = QStringLiteral("\n\nBob wrote:\n> Oi\n");
        reply.flowed = true;
        ASSERT_TRUE(w->setDraft(reply));
        w->placeSignature();
        EXPECT_EQ(w->identityIndex(), 1);
        EXPECT_EQ(w->bodyEdit()->toPlainText(),
                  above ? QStringLiteral("\n\n-- \nSecretaria do Lab\n\nBob wrote:\n> Oi\n")
                        : QStringLiteral("\n\nBob wrote:\n> Oi\n\n-- \nSecretaria do Lab"));
        EXPECT_EQ(w->bodyEdit()->textCursor().position(), 0);
        EXPECT_TRUE(w->draft().flowed); // kept for sending
    }
}

TEST_F(ContactsUi, IdentitiesDialogNamesABadIdentity)
{
    IdentitiesDialog d(account.identities(), false);
    d.addIdentity();
    d.addressEdit()->setText(QStringLiteral("sem-arroba"));
    d.accept();
    EXPECT_EQ(d.result(), QDialog::Rejected);
    EXPECT_TRUE(d.errorLabel()->text().contains(QStringLiteral("Identity 4"))) << d.errorLabel()->text().toStdString();
    EXPECT_TRUE(d.errorLabel()->text().contains(QStringLiteral("missing @")));
    d.addressEdit()->setText(QStringLiteral("nova@example.test"));
    d.signatureEdit()->setPlainText(QStringLiteral("Nova"));
    d.aboveQuoteCheck()->setChecked(true);
    d.accept();
    EXPECT_EQ(d.result(), QDialog::Accepted);
    ASSERT_EQ(d.identities().size(), 4);
    EXPECT_EQ(d.identities().last().signature, QStringLiteral("Nova"));
    EXPECT_EQ(d.identities().last().name, account.displayName);
    EXPECT_TRUE(d.signatureAboveQuote());
}

TEST_F(ContactsUi, AddressBookEditsGroupsExportsImportsAndCompletes)
{
    ContactsEngine engine(dir.filePath(QStringLiteral("contacts.sqlite")));
    QSignalSpy changed(&engine, &ContactsEngine::changed);
    engine.refresh();
    ASSERT_TRUE(waitUntil([&] { return engine.hasPublished(); }));
    AddressBookDialog book(&engine);

    book.newContact();
    book.nameEdit()->setText(QString::fromUtf8("João Conceição"));
    book.emailsEdit()->setPlainText(QStringLiteral("sem-arroba"));
    EXPECT_FALSE(book.saveCurrent());
    EXPECT_TRUE(book.problemLabel()->text().contains(QStringLiteral("missing @"))) << book.problemLabel()->text().toStdString();
    book.emailsEdit()->setPlainText(QStringLiteral("joao@escola.br\njoao@casa.br"));
    ASSERT_TRUE(book.saveCurrent());
    ASSERT_TRUE(waitUntil([&] { return engine.contacts().size() == 1 && book.list()->count() == 1; }));
    EXPECT_EQ(engine.contacts().first().emails.size(), 2);

    book.newGroup();
    book.groupNameEdit()->setText(QStringLiteral("Turma B"));
    book.membersEdit()->setPlainText(QString::fromUtf8("João Conceição <joao@escola.br>\nbia@escola.br, caio@escola.br"));
    ASSERT_TRUE(book.saveCurrent());
    ASSERT_TRUE(waitUntil([&] { return engine.groups().size() == 1; }));
    EXPECT_EQ(engine.groups().first().members.size(), 3);

    book.filterEdit()->setText(QStringLiteral("CONCEICAO"));
    EXPECT_EQ(book.list()->count(), 2); // the contact, and the group that holds him
    book.filterEdit()->clear();

    // Completion in a composer's To from the address book: a contact and a group.
    auto w = composer();
    w->setContacts(&engine);
    AddressCompleter *completer = w->completer(w->toField());
    ASSERT_NE(completer, nullptr);
    QTest::keyClicks(w->toField()->lineEdit(), QStringLiteral("joao"));
    ASSERT_FALSE(completer->offered().isEmpty());
    EXPECT_EQ(completer->offered().first().address, QStringLiteral("joao@escola.br"));
    w->toField()->lineEdit()->setText(QStringLiteral("ana@x.br, tur"));
    w->toField()->lineEdit()->setCursorPosition(13);
    completer->update();
    ASSERT_EQ(completer->offered().size(), 1);
    completer->choose(0);
    EXPECT_EQ(w->toField()->text(),
              QString::fromUtf8("ana@x.br, João Conceição <joao@escola.br>, bia@escola.br, caio@escola.br, "));
    EXPECT_EQ(w->toField()->addresses().size(), 4);

    // Export, delete everything, import back.
    const QString file = dir.filePath(QStringLiteral("contatos.vcf"));
    QSignalSpy exported(&engine, &ContactsEngine::exported);
    book.exportFile(file);
    ASSERT_TRUE(waitUntil([&] { return exported.count() == 1; }));
    EXPECT_TRUE(book.statusLabel()->text().contains(QStringLiteral("2"))) << book.statusLabel()->text().toStdString();
    engine.removeContact(engine.contacts().first().id);
    engine.removeGroup(engine.groups().first().id);
    ASSERT_TRUE(waitUntil([&] { return engine.contacts().isEmpty() && engine.groups().isEmpty(); }));
    QSignalSpy imported(&engine, &ContactsEngine::imported);
    book.importFile(file);
    ASSERT_TRUE(waitUntil([&] { return imported.count() == 1; }));
    ASSERT_TRUE(waitUntil([&] { return engine.contacts().size() == 1 && engine.groups().size() == 1; }));
    EXPECT_EQ(engine.contacts().first().name, QString::fromUtf8("João Conceição"));
    EXPECT_EQ(engine.groups().first().members.size(), 3);

    // A hostile file: named, nothing changed.
    const QString bad = dir.filePath(QStringLiteral("bad.vcf"));
    QFile f(bad);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(QByteArray("\x7f" "ELF\0\0\0binary", 13));
    f.close();
    QSignalSpy failed(&engine, &ContactsEngine::failed);
    book.importFile(bad);
    ASSERT_TRUE(waitUntil([&] { return failed.count() == 1; }));
    EXPECT_TRUE(book.problemLabel()->text().contains(QStringLiteral("bad.vcf"))) << book.problemLabel()->text().toStdString();
    EXPECT_TRUE(book.problemLabel()->text().contains(QStringLiteral("NUL")));
    EXPECT_EQ(engine.contacts().size(), 1);
}

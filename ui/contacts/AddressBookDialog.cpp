// SPDX-License-Identifier: GPL-3.0-or-later
#include "contacts/AddressBookDialog.h"

#include "engine/ContactsEngine.h"
#include "mime/AddressList.h"
#include "util/TextFold.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace carteiro {

namespace {
constexpr int kKindRole = Qt::UserRole;
constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kNameRole = Qt::UserRole + 2; // the name an entry was saved under

QStringList nonEmptyLines(const QString &text)
{
    QStringList out;
    for (const QString &line : text.split(QLatin1Char('\n')))
        if (!line.trimmed().isEmpty())
            out << line.trimmed();
    return out;
}
} // namespace

AddressBookDialog::AddressBookDialog(ContactsEngine *engine, QWidget *parent) : QDialog(parent), m_engine(engine)
{
    setWindowTitle(tr("Address book"));
    setObjectName(QStringLiteral("addressBookDialog"));
    resize(820, 520);
    auto *layout = new QVBoxLayout(this);

    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Find a name or an address"));
    m_filter->setAccessibleName(tr("Find in the address book"));
    m_filter->setClearButtonEnabled(true);
    layout->addWidget(m_filter);

    auto *split = new QSplitter(this);
    m_list = new QListWidget(split);
    m_list->setAccessibleName(tr("Contacts and groups"));
    m_forms = new QStackedWidget(split);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);

    auto *empty = new QLabel(tr("Choose a contact or a group, or make a new one."), m_forms);
    empty->setAlignment(Qt::AlignCenter);
    empty->setEnabled(false);
    m_forms->addWidget(empty);

    auto *contactPage = new QWidget(m_forms);
    auto *cf = new QFormLayout(contactPage);
    m_name = new QLineEdit(contactPage);
    m_emails = new QPlainTextEdit(contactPage);
    m_emails->setPlaceholderText(tr("One address per line; the first is used by default"));
    m_emails->setTabChangesFocus(true);
    m_phones = new QLineEdit(contactPage);
    m_phones->setPlaceholderText(tr("Separated by commas"));
    m_org = new QLineEdit(contactPage);
    m_note = new QPlainTextEdit(contactPage);
    m_note->setTabChangesFocus(true);
    cf->addRow(tr("&Name:"), m_name);
    cf->addRow(tr("&Addresses:"), m_emails);
    cf->addRow(tr("&Phones:"), m_phones);
    cf->addRow(tr("&Organization:"), m_org);
    cf->addRow(tr("N&ote:"), m_note);
    m_forms->addWidget(contactPage);

    auto *groupPage = new QWidget(m_forms);
    auto *gf = new QFormLayout(groupPage);
    m_groupName = new QLineEdit(groupPage);
    m_members = new QPlainTextEdit(groupPage);
    m_members->setPlaceholderText(tr("Ana Silva <ana@example.com>, bruno@example.com\n(one per line or separated by commas)"));
    m_members->setTabChangesFocus(true);
    gf->addRow(tr("Group &name:"), m_groupName);
    gf->addRow(tr("&Members:"), m_members);
    auto *groupHint = new QLabel(tr("Type the group's name in To, Cc or Bcc to write to all its members."), groupPage);
    groupHint->setWordWrap(true);
    groupHint->setEnabled(false);
    gf->addRow(groupHint);
    m_forms->addWidget(groupPage);

    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText); // it quotes what the user or a file wrote
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problem->hide();
    layout->addWidget(m_problem);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    layout->addWidget(m_status);

    auto *buttons = new QHBoxLayout;
    auto *newContactButton = new QPushButton(tr("New &contact"), this);
    auto *newGroupButton = new QPushButton(tr("New &group"), this);
    m_delete = new QPushButton(tr("&Delete"), this);
    m_save = new QPushButton(tr("&Save"), this);
    auto *importButton = new QPushButton(tr("&Import vCard..."), this);
    auto *exportButton = new QPushButton(tr("&Export vCard..."), this);
    auto *close = new QPushButton(tr("Close"), this);
    for (QPushButton *b : {newContactButton, newGroupButton, m_delete, m_save})
        buttons->addWidget(b);
    buttons->addStretch(1);
    for (QPushButton *b : {importButton, exportButton, close})
        buttons->addWidget(b);
    layout->addLayout(buttons);

    connect(m_filter, &QLineEdit::textChanged, this, &AddressBookDialog::rebuild);
    connect(m_list, &QListWidget::currentItemChanged, this, &AddressBookDialog::onCurrentChanged);
    connect(newContactButton, &QPushButton::clicked, this, &AddressBookDialog::newContact);
    connect(newGroupButton, &QPushButton::clicked, this, &AddressBookDialog::newGroup);
    connect(m_save, &QPushButton::clicked, this, &AddressBookDialog::saveCurrent);
    connect(m_delete, &QPushButton::clicked, this, [this] {
        const QString name = m_kind == Group ? m_groupName->text() : m_name->text();
        if (QMessageBox::question(this, tr("Delete"), tr("Delete \"%1\" from the address book?").arg(name))
            == QMessageBox::Yes)
            deleteCurrent();
    });
    connect(importButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import vCard"), QDir::homePath(),
                                                          tr("vCard files (*.vcf *.vcard);;All files (*)"));
        if (!path.isEmpty())
            importFile(path);
    });
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export vCard"),
                                                          QDir::home().filePath(QStringLiteral("contacts.vcf")),
                                                          tr("vCard files (*.vcf *.vcard)"));
        if (!path.isEmpty())
            exportFile(path);
    });
    connect(close, &QPushButton::clicked, this, &QDialog::close);
    for (QLineEdit *e : {m_name, m_phones, m_org, m_groupName})
        connect(e, &QLineEdit::textEdited, this, [this] { m_dirty = !m_loading; });
    for (QPlainTextEdit *e : {m_emails, m_note, m_members})
        connect(e, &QPlainTextEdit::textChanged, this, [this] { m_dirty = m_dirty || !m_loading; });

    connect(m_engine, &ContactsEngine::changed, this, &AddressBookDialog::rebuild);
    connect(m_engine, &ContactsEngine::failed, this, &AddressBookDialog::showProblem);
    connect(m_engine, &ContactsEngine::imported, this, [this](int added, int updated, const QStringList &problems) {
        QString text = tr("Imported: %n new", nullptr, added) + QStringLiteral(", ")
                       + tr("%n updated.", nullptr, updated);
        m_status->setText(text);
        showProblem(problems.isEmpty() ? QString()
                                       : tr("Left out:") + QLatin1Char('\n') + problems.join(QLatin1Char('\n')));
    });
    connect(m_engine, &ContactsEngine::exported, this, [this](const QString &path, int cards) {
        m_status->setText(tr("Exported %n card(s) to %1 (vCard 4.0).", nullptr, cards).arg(QDir::toNativeSeparators(path)));
    });
    rebuild();
    load(0, 0);
}

void AddressBookDialog::rebuild()
{
    const QString folded = TextFold::fold(m_filter->text().trimmed());
    const int kind = m_kind;
    const qint64 id = m_id;
    m_loading = true;
    m_list->clear();
    const auto add = [&](const QString &text, const QString &name, const QString &searchable, int k, qint64 itemId) {
        if (!folded.isEmpty() && !TextFold::fold(searchable).contains(folded))
            return;
        auto *item = new QListWidgetItem(text, m_list);
        item->setData(kKindRole, k);
        item->setData(kIdRole, itemId);
        item->setData(kNameRole, name);
    };
    for (const ContactCard &c : m_engine->contacts()) {
        const QString shown = c.name.isEmpty() ? c.emails.value(0)
                                               : (c.emails.isEmpty() ? c.name : QStringLiteral("%1 <%2>").arg(c.name, c.emails.first()));
        add(shown, c.name.isEmpty() ? c.emails.value(0) : c.name,
            c.name + QLatin1Char(' ') + c.emails.join(QLatin1Char(' ')) + QLatin1Char(' ') + c.organization, Contact,
            c.id);
    }
    for (const ContactGroup &g : m_engine->groups())
        add(tr("Group: %1 (%n member(s))", nullptr, int(g.members.size())).arg(g.name), g.name,
            g.name + QLatin1Char(' ') + AddressList::join(g.members), Group, g.id);
    // The entry just saved (new: found by name), else the one being edited.
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        const bool sameSaved = !m_selectAfterSave.isEmpty() && item->data(kKindRole).toInt() == kind
                               && item->data(kNameRole).toString() == m_selectAfterSave;
        const bool same = id && item->data(kKindRole).toInt() == kind && item->data(kIdRole).toLongLong() == id;
        if (same || (!id && sameSaved)) {
            m_list->setCurrentItem(item);
            if (!id)
                m_id = item->data(kIdRole).toLongLong();
            break;
        }
    }
    m_selectAfterSave.clear();
    m_loading = false;
}

void AddressBookDialog::load(int kind, qint64 id)
{
    m_loading = true;
    m_kind = kind;
    m_id = id;
    m_uid.clear();
    for (QLineEdit *e : {m_name, m_phones, m_org, m_groupName})
        e->clear();
    for (QPlainTextEdit *e : {m_emails, m_note, m_members})
        e->clear();
    if (kind == Contact) {
        for (const ContactCard &c : m_engine->contacts())
            if (c.id == id) {
                m_uid = c.uid;
                m_name->setText(c.name);
                m_emails->setPlainText(c.emails.join(QLatin1Char('\n')));
                m_phones->setText(c.phones.join(QStringLiteral(", ")));
                m_org->setText(c.organization);
                m_note->setPlainText(c.note);
            }
    } else if (kind == Group) {
        for (const ContactGroup &g : m_engine->groups())
            if (g.id == id) {
                m_uid = g.uid;
                m_groupName->setText(g.name);
                QStringList lines;
                for (const MailAddress &m : g.members)
                    lines << m.toDisplayString();
                m_members->setPlainText(lines.join(QLatin1Char('\n')));
            }
    }
    m_forms->setCurrentIndex(kind);
    m_delete->setEnabled(kind != 0 && id != 0);
    m_save->setEnabled(kind != 0);
    m_dirty = false;
    m_loading = false;
}

void AddressBookDialog::onCurrentChanged()
{
    if (m_loading)
        return;
    QListWidgetItem *item = m_list->currentItem();
    if (m_dirty && !saveCurrent()) {
        // Not valid: the user's edits stay on screen with the reason.
        return;
    }
    if (item)
        load(item->data(kKindRole).toInt(), item->data(kIdRole).toLongLong());
}

void AddressBookDialog::showContact(qint64 id)
{
    load(Contact, id);
    rebuild();
}

void AddressBookDialog::showGroup(qint64 id)
{
    load(Group, id);
    rebuild();
}

void AddressBookDialog::newContact()
{
    if (m_dirty && !saveCurrent())
        return;
    m_list->setCurrentItem(nullptr);
    load(Contact, 0);
    m_name->setFocus();
}

void AddressBookDialog::newGroup()
{
    if (m_dirty && !saveCurrent())
        return;
    m_list->setCurrentItem(nullptr);
    load(Group, 0);
    m_groupName->setFocus();
}

bool AddressBookDialog::saveCurrent()
{
    if (m_kind == Contact) {
        ContactCard c;
        c.id = m_id;
        c.uid = m_uid;
        c.name = m_name->text().simplified();
        c.emails = nonEmptyLines(m_emails->toPlainText());
        for (const QString &p : m_phones->text().split(QLatin1Char(',')))
            if (!p.trimmed().isEmpty())
                c.phones << p.trimmed();
        c.organization = m_org->text().simplified();
        c.note = m_note->toPlainText();
        if (const QString why = c.validate(); !why.isEmpty()) {
            showProblem(why);
            return false;
        }
        m_selectAfterSave = c.name.isEmpty() ? c.emails.value(0) : c.name;
        m_engine->saveContact(c);
    } else if (m_kind == Group) {
        ContactGroup g;
        g.id = m_id;
        g.uid = m_uid;
        g.name = m_groupName->text().simplified();
        QStringList problems;
        g.members = AddressList::parse(m_members->toPlainText().replace(QLatin1Char('\n'), QLatin1Char(',')), &problems);
        QString why = problems.join(QLatin1Char('\n'));
        if (why.isEmpty())
            why = g.validate();
        if (!why.isEmpty()) {
            showProblem(why);
            return false;
        }
        m_selectAfterSave = g.name;
        m_engine->saveGroup(g);
    }
    showProblem(QString());
    m_dirty = false;
    return true;
}

void AddressBookDialog::deleteCurrent()
{
    if (!m_id)
        return;
    if (m_kind == Contact)
        m_engine->removeContact(m_id);
    else if (m_kind == Group)
        m_engine->removeGroup(m_id);
    load(0, 0);
}

void AddressBookDialog::importFile(const QString &path)
{
    m_status->setText(tr("Importing %1...").arg(QDir::toNativeSeparators(path)));
    showProblem(QString());
    m_engine->importVCard(path);
}

void AddressBookDialog::exportFile(const QString &path)
{
    showProblem(QString());
    m_engine->exportVCard(path);
}

void AddressBookDialog::showProblem(const QString &text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

} // namespace carteiro

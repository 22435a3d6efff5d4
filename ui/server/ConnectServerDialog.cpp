// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/ConnectServerDialog.h"

#include "server/SavedServers.h"
#include "server/ServerKeychain.h"
#include "store/Database.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <spdlog/spdlog.h>

namespace kai::ui {

using server::SavedServers;
using server::ServerAddress;
using server::ServerKeychain;

namespace {
enum Field { Saved, Name, Host, Port, DatabaseName, User, Password, SslMode, CaFile, FieldCount };

// The wait cursor while libpq connects (up to its connect timeout).
class WaitCursor
{
public:
    WaitCursor() { QApplication::setOverrideCursor(Qt::WaitCursor); }
    ~WaitCursor() { QApplication::restoreOverrideCursor(); }
    WaitCursor(const WaitCursor &) = delete;
    WaitCursor &operator=(const WaitCursor &) = delete;
};
} // namespace

ConnectServerDialog::ConnectServerDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("connectServerDialog"));
    buildForm();
    // Wide enough for the placeholders and the TLS descriptions in both languages; fits 1366x768.
    setMinimumWidth(fontMetrics().height() * MinimumWidthLines);
    retranslate();
    reloadSaved({});
}

ConnectServerDialog::~ConnectServerDialog() = default;

void ConnectServerDialog::buildForm()
{
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const auto addRow = [&](QWidget *field) {
        auto *label = new QLabel(this);
        label->setBuddy(field);
        m_labels << label;
        form->addRow(label, field);
    };
    const auto lineEdit = [this](const char *name) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(QString::fromLatin1(name));
        return edit;
    };

    m_saved = new QComboBox(this);
    m_saved->setObjectName(QStringLiteral("savedConnections"));
    m_forget = new QPushButton(this);
    m_forget->setObjectName(QStringLiteral("forgetConnection"));
    auto *savedRow = new QWidget(this);
    auto *savedLayout = new QHBoxLayout(savedRow);
    savedLayout->setContentsMargins(0, 0, 0, 0);
    savedLayout->addWidget(m_saved, 1);
    savedLayout->addWidget(m_forget);
    addRow(savedRow);
    m_labels.last()->setBuddy(m_saved);

    m_name = lineEdit("connectionName");
    addRow(m_name);
    m_host = lineEdit("host");
    addRow(m_host);
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("port"));
    m_port->setRange(1, 65535);
    m_port->setValue(ServerAddress::DefaultPort);
    m_port->setGroupSeparatorShown(false);
    addRow(m_port);
    m_database = lineEdit("database");
    addRow(m_database);
    m_user = lineEdit("user");
    addRow(m_user);
    m_password = lineEdit("password");
    m_password->setEchoMode(QLineEdit::Password);
    m_remember = new QCheckBox(this);
    m_remember->setObjectName(QStringLiteral("rememberPassword"));
    auto *passwordRow = new QWidget(this);
    auto *passwordLayout = new QVBoxLayout(passwordRow);
    passwordLayout->setContentsMargins(0, 0, 0, 0);
    passwordLayout->addWidget(m_password);
    passwordLayout->addWidget(m_remember);
    addRow(passwordRow);
    m_labels.last()->setBuddy(m_password);

    m_sslMode = new QComboBox(this);
    m_sslMode->setObjectName(QStringLiteral("sslMode"));
    for (const QString &mode : ServerAddress::sslModes())
        m_sslMode->addItem(mode, mode);
    m_sslMode->setCurrentIndex(m_sslMode->findData(ServerAddress::recommendedSslMode()));
    m_sslHint = new QLabel(this);
    m_sslHint->setObjectName(QStringLiteral("sslHint"));
    m_sslHint->setWordWrap(true);
    auto *sslRow = new QWidget(this);
    auto *sslLayout = new QVBoxLayout(sslRow);
    sslLayout->setContentsMargins(0, 0, 0, 0);
    sslLayout->addWidget(m_sslMode);
    sslLayout->addWidget(m_sslHint);
    addRow(sslRow);
    m_labels.last()->setBuddy(m_sslMode);

    m_caFile = lineEdit("caFile");
    m_browse = new QPushButton(this);
    m_browse->setObjectName(QStringLiteral("browseCaFile"));
    auto *caRow = new QWidget(this);
    auto *caLayout = new QHBoxLayout(caRow);
    caLayout->setContentsMargins(0, 0, 0, 0);
    caLayout->addWidget(m_caFile, 1);
    caLayout->addWidget(m_browse);
    addRow(caRow);
    m_labels.last()->setBuddy(m_caFile);

    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("connectionResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_test = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_test->setObjectName(QStringLiteral("testConnection"));
    m_connect = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_connect->setObjectName(QStringLiteral("connect"));
    m_connect->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_result);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_saved, &QComboBox::activated, this, [this](int index) {
        if (index > 0)
            showSaved(m_saved->itemData(index).toString());
    });
    connect(m_forget, &QPushButton::clicked, this, &ConnectServerDialog::forgetSaved);
    connect(m_browse, &QPushButton::clicked, this, &ConnectServerDialog::chooseCaFile);
    connect(m_test, &QPushButton::clicked, this, &ConnectServerDialog::testConnection);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (connectToServer())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void ConnectServerDialog::retranslate()
{
    setWindowTitle(tr("Connect to Server"));
    const QStringList labels = {tr("&Saved connections:"), tr("&Name:"),     tr("&Host:"),
                                tr("&Port:"),              tr("&Database:"), tr("&User:"),
                                tr("Pass&word:"),          tr("&TLS mode:"), tr("&CA certificate:")};
    for (int field = 0; field < FieldCount; ++field)
        m_labels[field]->setText(labels.at(field));
    // Fields that share their form row with a button or a note are named for screen readers here.
    m_saved->setAccessibleName(tr("Saved connections"));
    m_password->setAccessibleName(tr("Password"));
    m_sslMode->setAccessibleName(tr("TLS mode"));
    m_caFile->setAccessibleName(tr("CA certificate"));
    m_forget->setText(tr("&Forget"));
    m_forget->setToolTip(tr("Remove the chosen connection from the saved list and its password from the keychain"));
    if (m_saved->count() > 0)
        m_saved->setItemText(0, tr("(new connection)"));
    m_name->setPlaceholderText(tr("Give it a name to save it in the list"));
    m_host->setPlaceholderText(tr("db.example.org"));
    m_password->setPlaceholderText(tr("Empty: libpq's password file (.pgpass) or the keychain"));
    m_remember->setText(tr("&Remember the password in the system keychain"));
    const QStringList descriptions = {tr("disable: not encrypted"), tr("prefer: encrypted if the server offers it"),
                                      tr("require: encrypted, server not verified"),
                                      tr("verify-ca: encrypted, certificate checked"),
                                      tr("verify-full: encrypted, certificate and host name checked")};
    for (int i = 0; i < m_sslMode->count() && i < descriptions.size(); ++i)
        m_sslMode->setItemText(i, descriptions.at(i));
    m_sslHint->setText(tr("Recommended: verify-full, which encrypts the connection and checks that the server is "
                          "the one named."));
    m_caFile->setPlaceholderText(tr("Optional; otherwise ~/.postgresql/root.crt"));
    m_browse->setText(tr("&Browse…"));
    m_test->setText(tr("&Test Connection"));
    m_connect->setText(tr("C&onnect"));
}

void ConnectServerDialog::reloadSaved(const QString &select)
{
    const QSignalBlocker blocker(m_saved);
    m_saved->clear();
    m_saved->addItem(tr("(new connection)"), QString());
    for (const ServerAddress &address : SavedServers::all())
        m_saved->addItem(address.name, address.name);
    m_saved->setCurrentIndex(std::max(0, m_saved->findData(select)));
    m_forget->setEnabled(m_saved->currentIndex() > 0);
}

void ConnectServerDialog::showSaved(const QString &name, const QString &message)
{
    reloadSaved(name);
    if (const std::optional<ServerAddress> saved = SavedServers::find(name))
        fillFrom(*saved);
    if (!message.isEmpty())
        showResult(message, false);
}

void ConnectServerDialog::fillFrom(const ServerAddress &address)
{
    m_name->setText(address.name);
    m_host->setText(address.host);
    m_port->setValue(address.port);
    m_database->setText(address.database);
    m_user->setText(address.user);
    m_password->clear();
    m_sslMode->setCurrentIndex(std::max(0, m_sslMode->findData(address.sslMode)));
    m_caFile->setText(address.caFile);
    m_remember->setChecked(false);
    m_forget->setEnabled(!address.name.isEmpty());
}

ServerAddress ConnectServerDialog::address() const
{
    ServerAddress address;
    address.name = m_name->text().trimmed();
    address.host = m_host->text().trimmed();
    address.port = m_port->value();
    address.database = m_database->text().trimmed();
    address.user = m_user->text().trimmed();
    address.sslMode = m_sslMode->currentData().toString();
    address.caFile = m_caFile->text().trimmed();
    return address;
}

void ConnectServerDialog::chooseCaFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("CA Certificate"), m_caFile->text(),
                                                      tr("Certificates (*.crt *.pem);;All files (*)"));
    if (!path.isEmpty())
        m_caFile->setText(QDir::toNativeSeparators(path));
}

void ConnectServerDialog::forgetSaved()
{
    const QString name = m_saved->currentData().toString();
    const std::optional<ServerAddress> saved = SavedServers::find(name);
    if (!saved)
        return;
    ServerKeychain::remove(saved->uri());
    SavedServers::remove(name);
    reloadSaved({});
    showResult(tr("The connection “%1” was removed from the list.").arg(name), true);
}

void ConnectServerDialog::showResult(const QString &text, bool good)
{
    m_result->setText(text);
    m_result->setProperty("good", good);
    m_result->setAccessibleName(text);
    m_result->show();
}

QString ConnectServerDialog::resultText() const
{
    return m_result->isHidden() ? QString() : m_result->text();
}

std::unique_ptr<store::Database> ConnectServerDialog::openAtFields(QString *error)
{
    const ServerAddress target = address();
    if (const QString missing = target.missingFields(); !missing.isEmpty()) {
        *error = missing;
        return nullptr;
    }
    store::Database::OpenOptions options;
    options.readOnly = true;
    QString password = m_password->text();
    if (password.isEmpty())
        password = ServerKeychain::read(target.uri()).password;
    const WaitCursor wait;
    store::Database::OpenResult opened = store::Database::open(target.uri(), options, password);
    *error = opened.error;
    return std::move(opened.database);
}

bool ConnectServerDialog::testConnection()
{
    QString error;
    const std::unique_ptr<store::Database> database = openAtFields(&error);
    if (!database) {
        spdlog::info("test connection failed: {}", error.toStdString());
        showResult(error, false);
        return false;
    }
    showResult(tr("Connected to %1 as %2; the database has schema version %3.")
                   .arg(database->serverName(), database->role())
                   .arg(database->schemaVersion()),
               true);
    return true;
}

bool ConnectServerDialog::connectToServer()
{
    QString error;
    m_opened = openAtFields(&error);
    if (!m_opened) {
        showResult(error, false);
        return false;
    }
    rememberAfterConnect();
    return true;
}

void ConnectServerDialog::rememberAfterConnect()
{
    const ServerAddress target = address();
    if (!target.name.isEmpty())
        SavedServers::save(target);
    m_notice.clear();
    if (!m_remember->isChecked() || m_password->text().isEmpty())
        return;
    const ServerKeychain::Outcome stored = ServerKeychain::write(target.uri(), m_password->text());
    if (!stored)
        m_notice = stored.error;
}

std::unique_ptr<store::Database> ConnectServerDialog::takeDatabase()
{
    return std::move(m_opened);
}

void ConnectServerDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace kai::ui

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/ServerAddress.h"

#include <QDialog>
#include <memory>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace kai::store {
class Database;
}

namespace kai::ui {

// File → Connect to Server…: host, port, database, user, TLS mode and CA file of a PostgreSQL
// server, a Test Connection button, and the saved connections (settings, never a password). The
// password is handed to libpq apart from the URI and, if the user asks, kept in the system
// keychain. Connect keeps the dialog open on failure, with libpq's reason.
class ConnectServerDialog : public QDialog
{
    Q_OBJECT

public:
    // The minimum width in text lines' heights, which follow the font in both scripts.
    static constexpr int MinimumWidthLines = 40;

    explicit ConnectServerDialog(QWidget *parent = nullptr);
    ~ConnectServerDialog() override;

    // Fills the fields from a saved connection (and says why it is shown, e.g. a failed attempt).
    void showSaved(const QString &name, const QString &message = {});
    server::ServerAddress address() const;
    // The database Connect opened; null before.
    std::unique_ptr<store::Database> takeDatabase();
    // What the user should know after Connect (the password could not be remembered); may be empty.
    QString notice() const { return m_notice; }
    // The last Test Connection or Connect outcome, as shown under the fields.
    QString resultText() const;

    // The test connection and the connection itself, without the buttons (also used by tests).
    bool testConnection();
    bool connectToServer();

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildForm();
    void retranslate();
    void reloadSaved(const QString &select);
    void fillFrom(const server::ServerAddress &address);
    void chooseCaFile();
    void forgetSaved();
    void showResult(const QString &text, bool good);
    // Opens the database at the fields' address; the password comes from the field, else the keychain.
    std::unique_ptr<store::Database> openAtFields(QString *error);
    void rememberAfterConnect();

    QComboBox *m_saved = nullptr;
    QPushButton *m_forget = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_database = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QCheckBox *m_remember = nullptr;
    QComboBox *m_sslMode = nullptr;
    QLabel *m_sslHint = nullptr;
    QLineEdit *m_caFile = nullptr;
    QPushButton *m_browse = nullptr;
    QLabel *m_result = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_test = nullptr;
    QPushButton *m_connect = nullptr;
    QList<QLabel *> m_labels;  // the form's labels, in field order

    std::unique_ptr<store::Database> m_opened;
    QString m_notice;
};

} // namespace kai::ui

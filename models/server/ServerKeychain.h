// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace kai::server {

// Server passwords in the system keychain through QtKeychain: the Secret Service (GNOME Keyring,
// KWallet) on Linux, the Credential Store on Windows, the Keychain on macOS. Never a plain-text
// fallback: with no keychain (a headless machine, a build without QtKeychain) nothing is stored
// and the reason says so, pointing to libpq's password file instead. Keyed by the server's
// password-free URI (ServerAddress::uri()).
class ServerKeychain
{
    Q_DECLARE_TR_FUNCTIONS(ServerKeychain)

public:
    struct Outcome
    {
        QString password;  // read(): the stored password; empty when none or on error
        QString error;     // translated; empty on success (and when read() found nothing)
        explicit operator bool() const { return error.isEmpty(); }
    };

    static bool isBuiltIn();
    static Outcome read(const QString &key);
    static Outcome write(const QString &key, const QString &password);
    // Forgets a stored password; nothing stored is not an error.
    static Outcome remove(const QString &key);

    // How long a keychain may take to answer (it may ask the user to unlock it) before giving up.
    static constexpr int AnswerWaitMs = 30000;

private:
    static QString unavailable(const QString &reason);
    static QString unreadable(const QString &reason);
};

} // namespace kai::server

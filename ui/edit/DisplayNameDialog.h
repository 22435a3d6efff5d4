// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLineEdit;

namespace kai::ui {

// Edit → Your Name in the Change Log…: the name every change-log row records beside the computer
// account, so a reader of the log sees "Kim Min-ji (mjkim)" and not a login alone. Kept in the
// settings (one per person and computer), never in the database.
class DisplayNameDialog : public QDialog
{
    Q_OBJECT

public:
    explicit DisplayNameDialog(QWidget *parent = nullptr);

    // The longest name the log keeps: enough for a name and a division, short enough for a column.
    static constexpr int MaximumLength = 80;

    void accept() override;

private:
    QLineEdit *m_name;
};

} // namespace kai::ui

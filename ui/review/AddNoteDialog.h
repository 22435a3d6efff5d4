// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/ReviewItemKey.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace kai {
class DashboardState;
}

namespace kai::ui {

// Writes a reviewer's note on one item: its kind, the text and, for a correction, the value
// proposed. The note goes to the notes file beside the database, never into the data.
class AddNoteDialog : public QDialog
{
    Q_OBJECT

public:
    AddNoteDialog(const DashboardState &state, const review::ReviewItemKey &key, QWidget *parent = nullptr);

    QComboBox *kindBox() const { return m_kind; }
    QPlainTextEdit *textEdit() const { return m_text; }
    QLineEdit *proposedEdit() const { return m_proposed; }
    QLabel *problemLabel() const { return m_problem; }

    void accept() override;

private:
    void updateProposed();
    QString currentValue() const;

    const DashboardState &m_state;
    review::ReviewItemKey m_key;
    QComboBox *m_kind = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QLineEdit *m_proposed = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace kai::ui

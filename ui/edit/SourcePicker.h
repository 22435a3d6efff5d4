// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "edit/EditCommand.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QGroupBox;
class QLineEdit;
class QVBoxLayout;

namespace kai {
class DashboardState;
}

namespace kai::ui {

class DatePrecisionBox;

// Picks the source a fact cites, or adds one in the same form (titles in both languages,
// publisher, address, publication date, confidence C/S/U). The illustrative sample source is not
// offered for a new fact.
class SourcePicker : public QWidget
{
    Q_OBJECT

public:
    SourcePicker(const DashboardState &state, bool forNewFact, QWidget *parent = nullptr);

    edit::SourceChoice choice() const;
    void select(qint64 sourceId);
    QVBoxLayout *problemLayout() const { return m_problems; }

private:
    QComboBox *m_sources;
    QCheckBox *m_addNew;
    QGroupBox *m_newSource;
    QLineEdit *m_titleKo;
    QLineEdit *m_titleEn;
    QLineEdit *m_publisher;
    QLineEdit *m_url;
    QDateEdit *m_publishedOn;
    DatePrecisionBox *m_publishedPrecision;
    QComboBox *m_confidence;
    QVBoxLayout *m_problems;
};

} // namespace kai::ui

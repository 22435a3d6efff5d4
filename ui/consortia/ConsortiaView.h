// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/ViewPage.h"

class QLabel;
class QLineEdit;
class QSplitter;
class QTableView;

namespace kai {
class DashboardState;
class ConsortiumTableModel;
class NameSearchProxyModel;
}

namespace kai::ui {

class ConsortiumDetailPanel;

// Who is in which consortium, and where each team stands: a searchable table of the consortia
// known on the as-of date beside the full record of the selected one.
class ConsortiaView : public ViewPage
{
    Q_OBJECT

public:
    explicit ConsortiaView(const DashboardState &state, QWidget *parent = nullptr);

    QString title() const override;
    // The title before the view exists (the shell builds views on their first visit).
    static QString titleText();
    QString description() const;
    bool showsIllustrativeData() const override;
    // Selects the consortium with this id (or {"consortium", "organisation"}: also that member),
    // clearing a search that hides it.
    void focusItem(const QVariant &key) override;
    QVariantMap editContext() const override;
    void offerEditActions(const QList<QAction *> &actions) override;

    ConsortiumTableModel *model() const { return m_model; }
    NameSearchProxyModel *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    QLineEdit *searchBox() const { return m_search; }
    ConsortiumDetailPanel *detailPanel() const { return m_detail; }
    qint64 selectedConsortiumId() const;

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildLayout();
    void setUpTable();
    void setUpShortcuts();
    void fitColumns();
    void retranslate();
    void onSearchTextChanged(const QString &text);
    void onCurrentRowChanged();
    void onRowsChanged();
    void updateResultCount();
    QStringList matchedMembers() const;
    void selectConsortium(qint64 id);

    const DashboardState &m_state;
    ConsortiumTableModel *m_model;
    NameSearchProxyModel *m_proxy;
    QLabel *m_heading;
    QLabel *m_description;
    QLineEdit *m_search;
    QLabel *m_resultCount;
    QSplitter *m_splitter;
    QTableView *m_table;
    ConsortiumDetailPanel *m_detail;
    qint64 m_selectedId = 0;  // kept across snapshot changes and searches
    bool m_searching = false;
};

} // namespace kai::ui

// SPDX-License-Identifier: GPL-3.0-or-later
// A table sized by ContentColumnWidths fits its contents after every change of headers or rows,
// and measures them once per turn of the event loop however many changes a model announces in it
// (a language switch announces new headers and new cells one model after another; issue 19).
#include "common/ContentColumnWidths.h"

#include <QHeaderView>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

using namespace kai::ui;

namespace {

// Counts how often each column is measured.
class CountingTable : public QTableView
{
public:
    int measured = 0;

    int sizeHintForColumn(int column) const override
    {
        ++const_cast<CountingTable *>(this)->measured;
        return QTableView::sizeHintForColumn(column);
    }
};

} // namespace

class TstColumnWidths : public QObject
{
    Q_OBJECT

private:
    QStandardItemModel *m_model = nullptr;
    CountingTable *m_table = nullptr;
    ContentColumnWidths *m_widths = nullptr;

    int neededWidth(int column) const
    {
        return std::max(m_table->horizontalHeader()->sectionSizeHint(column), m_table->sizeHintForColumn(column));
    }

private slots:
    void init()
    {
        m_model = new QStandardItemModel(2, 3);
        for (int row = 0; row < 2; ++row) {
            for (int column = 0; column < 3; ++column)
                m_model->setItem(row, column, new QStandardItem(QStringLiteral("x")));
        }
        m_table = new CountingTable;
        m_table->setModel(m_model);
        m_model->setParent(m_table);
        m_widths = ContentColumnWidths::attach(m_table);
        m_table->resize(800, 300);
        m_table->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_table));
        QCoreApplication::processEvents();
        m_table->measured = 0;
    }

    void cleanup()
    {
        delete m_table;
        m_table = nullptr;
    }

    void manyAnnouncementsInOneTurnMeasureOnce()
    {
        m_model->item(0, 2)->setText(QStringLiteral("서면평가 · 발표평가 · 단계평가 결과가 모두 기록됨"));
        m_model->setHorizontalHeaderLabels({QStringLiteral("컨소시엄"), QStringLiteral("주관기관"), QStringLiteral("참여기관")});
        emit m_model->headerDataChanged(Qt::Horizontal, 0, 2);
        emit m_model->headerDataChanged(Qt::Horizontal, 0, 2);
        QCOMPARE(m_table->measured, 0);  // not yet: more may come in this turn
        QCoreApplication::processEvents();
        QCOMPARE(m_table->measured, 3);  // once per column
        for (int column = 0; column < 3; ++column)
            QVERIFY2(m_table->columnWidth(column) >= neededWidth(column), qPrintable(QString::number(column)));
    }

    void newRowsAreFittedBeforeThePaint()
    {
        m_model->appendRow({new QStandardItem(QStringLiteral("A name far too long to fit the column it was given")),
                            new QStandardItem(QStringLiteral("1,234")), new QStandardItem(QStringLiteral("—"))});
        int widthWhenPainted = -1;
        struct PaintProbe : QObject
        {
            CountingTable *table;
            int *width;
            bool eventFilter(QObject *, QEvent *event) override
            {
                if (event->type() == QEvent::Paint && *width < 0)
                    *width = table->columnWidth(0);
                return false;
            }
        } probe;
        probe.table = m_table;
        probe.width = &widthWhenPainted;
        m_table->viewport()->installEventFilter(&probe);
        QTRY_VERIFY(widthWhenPainted >= 0);
        m_table->viewport()->removeEventFilter(&probe);
        QVERIFY(widthWhenPainted >= neededWidth(0));  // the first paint after the change shows it fitted
    }

    // A model that replaces cells without announcing rows or headers (QTableWidget::setItem) says so
    // through contentsChanged(); a cell change alone is not measured (it would measure on every edit).
    void replacedCellsAreMeasuredWhenAnnounced()
    {
        m_model->item(0, 1)->setText(QStringLiteral("발표평가 결과가 모두 기록된 아주 긴 셀"));
        QCoreApplication::processEvents();
        QCOMPARE(m_table->measured, 0);
        QVERIFY(m_table->columnWidth(1) < neededWidth(1));
        m_table->measured = 0;  // neededWidth measures too
        m_widths->contentsChanged();
        m_widths->contentsChanged();
        QCoreApplication::processEvents();
        QCOMPARE(m_table->measured, 3);  // once per column, however often announced
        QVERIFY(m_table->columnWidth(1) >= neededWidth(1));
        // Shorter cells give the width back.
        const int wide = m_table->columnWidth(1);
        m_model->item(0, 1)->setText(QStringLiteral("x"));
        m_widths->contentsChanged();
        QCoreApplication::processEvents();
        QVERIFY(m_table->columnWidth(1) < wide);
    }

    void aTableOutsideAViewIsMeasuredInTheNextTurn()
    {
        // Only a view page defers a hidden table's measuring until it is shown; a table on its own
        // is measured in the next turn, hidden or not.
        m_table->hide();
        m_model->item(1, 1)->setText(QStringLiteral("a much longer cell than before"));
        emit m_model->headerDataChanged(Qt::Horizontal, 0, 2);
        QCoreApplication::processEvents();
        QCOMPARE(m_table->measured, 3);
        QVERIFY(m_table->columnWidth(1) >= neededWidth(1));
    }
};

QTEST_MAIN(TstColumnWidths)
#include "tst_column_widths.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// The text caches that keep repaints and layouts within a frame (issue 19) must draw and measure
// exactly what Qt's own paths do, and follow every change of text, font and width.
#include "common/CachedTextDelegate.h"
#include "common/SelectableLabel.h"
#include "common/ShapedTextCache.h"
#include "common/WrappingLabel.h"

#include <QApplication>
#include <QFontMetricsF>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPainter>
#include <QStandardItemModel>
#include <QProxyStyle>
#include <QStyleFactory>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTest>
#include <QVBoxLayout>
#include <algorithm>
#include <cstdlib>
#include <functional>

using namespace kai::ui;

namespace {

QStandardItemModel *tableModel(QObject *parent)
{
    auto *model = new QStandardItemModel(0, 3, parent);
    const QList<QStringList> rows = {
        {QStringLiteral("Upstage"), QStringLiteral("1,234"), QStringLiteral("A name far too long to fit the column it is in")},
        {QStringLiteral("업스테이지 컨소시엄"), QStringLiteral("98.5%"), QStringLiteral("서면평가 · 발표평가 · 단계평가 결과가 모두 기록됨")},
        {QStringLiteral("LG AI Research"), QStringLiteral("—"), QStringLiteral("short")},
    };
    for (const QStringList &texts : rows) {
        QList<QStandardItem *> items;
        for (const QString &text : texts)
            items.append(new QStandardItem(text));
        items[1]->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        model->appendRow(items);
    }
    return model;
}

// Measures item cells larger than its base style does, as another platform's style may.
class WiderItemsStyle : public QProxyStyle
{
public:
    WiderItemsStyle() : QProxyStyle(QStyleFactory::create(QStringLiteral("Fusion"))) {}
    QSize sizeFromContents(ContentsType type, const QStyleOption *option, const QSize &size,
                           const QWidget *widget) const override
    {
        const QSize measured = QProxyStyle::sizeFromContents(type, option, size, widget);
        return type == CT_ItemViewItem ? measured + QSize(20, 6) : measured;
    }
};

QImage drawnWith(QTableView &table, QAbstractItemDelegate *delegate)
{
    table.setItemDelegate(delegate);
    table.viewport()->update();
    return table.viewport()->grab().toImage();
}

// The largest difference of one colour channel between two drawings of the same size. Glyphs of a
// fallback font (Korean here) are antialiased a shade differently when a laid-out text is drawn
// again: up to 24 of 255 measured. Wrong text, position, elision or colour differs by far more.
int largestDifference(const QImage &one, const QImage &other)
{
    if (one.size() != other.size())
        return 255;
    const QImage a = one.convertToFormat(QImage::Format_RGB32);
    const QImage b = other.convertToFormat(QImage::Format_RGB32);
    int largest = 0;
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x) {
            const QRgb p = a.pixel(x, y);
            const QRgb q = b.pixel(x, y);
            largest = std::max({largest, std::abs(qRed(p) - qRed(q)), std::abs(qGreen(p) - qGreen(q)),
                                std::abs(qBlue(p) - qBlue(q))});
        }
    }
    return largest;
}

constexpr int CachedTextTolerance = 32;

QImage textImage(const QFont &font, const std::function<void(QPainter &)> &draw)
{
    QImage image(QSize(320, 40), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setFont(font);
    painter.setPen(Qt::black);
    draw(painter);
    return image;
}

} // namespace

class TstCachedText : public QObject
{
    Q_OBJECT

private slots:
    void cachedCellsLookLikeQtsOwn()
    {
        QTableView table;
        QStandardItemModel *model = tableModel(&table);
        table.setModel(model);
        table.resize(520, 200);
        table.setColumnWidth(0, 150);
        table.setColumnWidth(1, 80);
        table.setColumnWidth(2, 200);  // the third column elides
        table.selectRow(1);
        table.setWordWrap(false);  // the default (true) is tested below
        table.show();
        QVERIFY(QTest::qWaitForWindowExposed(&table));

        QStyledItemDelegate qtDelegate;
        CachedTextDelegate cached;
        const QImage expected = drawnWith(table, &qtDelegate);
        QVERIFY(largestDifference(drawnWith(table, &cached), expected) <= CachedTextTolerance);
        QVERIFY(largestDifference(drawnWith(table, &cached), expected) <= CachedTextTolerance);  // drawn again from the cache
        QCOMPARE(cached.cachedTexts(), model->rowCount() * model->columnCount());

        // A changed text, font or width is shaped anew, never taken from the cache.
        model->item(0, 0)->setText(QStringLiteral("Naver Cloud"));
        QFont bold = table.font();
        bold.setBold(true);
        model->item(2, 2)->setFont(bold);
        table.setColumnWidth(2, 120);
        const QImage changed = drawnWith(table, &qtDelegate);
        QVERIFY(largestDifference(changed, expected) > 4 * CachedTextTolerance);
        QVERIFY(largestDifference(drawnWith(table, &cached), changed) <= CachedTextTolerance);

        // Wrapping tables: the lines that fit are drawn from the cache, the one that wraps by Qt.
        table.setWordWrap(true);
        const QImage wrapped = drawnWith(table, &qtDelegate);
        QVERIFY(largestDifference(drawnWith(table, &cached), wrapped) <= CachedTextTolerance);
        QVERIFY(largestDifference(drawnWith(table, &cached), wrapped) <= CachedTextTolerance);
        QVERIFY(cached.cachedTexts() > 0);
        table.setItemDelegate(nullptr);
    }

    // Fitting columns asks every cell's size on each resize and language change: the kept sizes are
    // Qt's, and a new text, font or (in a wrapping table) width is measured anew.
    void cachedSizesAreQtsOwn()
    {
        QTableView table;
        QStandardItemModel *model = tableModel(&table);
        table.setModel(model);
        table.resize(520, 200);
        table.setColumnWidth(2, 120);
        table.show();
        QVERIFY(QTest::qWaitForWindowExposed(&table));
        QStyledItemDelegate qtDelegate;
        CachedTextDelegate cached;
        const auto compareAll = [&] {
            for (const bool wrap : {false, true}) {
                table.setWordWrap(wrap);
                for (int row = 0; row < model->rowCount(); ++row) {
                    for (int column = 0; column < model->columnCount(); ++column) {
                        const QModelIndex index = model->index(row, column);
                        QStyleOptionViewItem option;
                        option.initFrom(&table);
                        option.widget = &table;  // whose style measures, as a view passes it
                        option.rect = table.visualRect(index);
                        if (wrap)
                            option.features |= QStyleOptionViewItem::WrapText;
                        for (int twice = 0; twice < 2; ++twice)  // measured, then from the cache
                            QCOMPARE(cached.sizeHint(option, index), qtDelegate.sizeHint(option, index));
                    }
                }
            }
        };
        compareAll();
        model->item(0, 0)->setText(QStringLiteral("Naver Cloud consortium"));
        QFont large = table.font();
        large.setPointSizeF(large.pointSizeF() * 2);
        model->item(1, 0)->setFont(large);
        table.setColumnWidth(2, 60);
        compareAll();
        model->item(2, 1)->setIcon(QIcon(QPixmap(16, 16)));  // an icon: the style's own path
        compareAll();
        // Another style (a theme switches the application's) measures anew.
        WiderItemsStyle wider;
        table.setStyle(&wider);
        compareAll();
        table.setStyle(nullptr);
    }

    void shapedTextIsDrawnAsQPainterDrawsIt_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QRectF>("rect");
        QTest::addColumn<int>("flags");
        QTest::addColumn<bool>("bold");
        const QString english = QStringLiteral("Written review (document) 2026-11");
        const QString korean = QStringLiteral("서면평가 · 발표평가 2026년 11월");
        const QRectF wide(10.5, 4, 300, 30);
        const QRectF narrow(20, 2, 90, 20);  // narrower than the text: QPainter clips to it
        for (const QString &text : {english, korean}) {
            const QString language = text == english ? QStringLiteral("en") : QStringLiteral("ko");
            QTest::addRow("%s left", qPrintable(language)) << text << wide << int(Qt::AlignLeft | Qt::AlignVCenter) << false;
            QTest::addRow("%s centre bold", qPrintable(language)) << text << wide << int(Qt::AlignCenter) << true;
            QTest::addRow("%s right", qPrintable(language)) << text << wide << int(Qt::AlignRight | Qt::AlignVCenter) << false;
            QTest::addRow("%s top", qPrintable(language)) << text << wide << int(Qt::AlignLeft | Qt::AlignTop) << false;
            QTest::addRow("%s clipped", qPrintable(language)) << text << narrow << int(Qt::AlignLeft | Qt::AlignVCenter) << false;
            QTest::addRow("%s not clipped", qPrintable(language))
                << text << narrow << int(Qt::AlignLeft | Qt::AlignVCenter | Qt::TextDontClip) << true;
        }
    }

    // The Timeline draws its labels through ShapedTextCache: where and how a label lands must not change.
    void shapedTextIsDrawnAsQPainterDrawsIt()
    {
        QFETCH(QString, text);
        QFETCH(QRectF, rect);
        QFETCH(int, flags);
        QFETCH(bool, bold);
        QFont font = QApplication::font();
        font.setBold(bold);
        const QImage expected = textImage(font, [&](QPainter &painter) { painter.drawText(rect, flags, text); });
        ShapedTextCache cache;
        const auto cached = [&](QPainter &painter) { cache.draw(painter, rect, flags, text); };
        QVERIFY(largestDifference(textImage(font, cached), expected) <= CachedTextTolerance);
        QCOMPARE(cache.size(), 1);
        QVERIFY(largestDifference(textImage(font, cached), expected) <= CachedTextTolerance);  // drawn again, shaped once
        QCOMPARE(cache.size(), 1);
        QCOMPARE(cache.advance(font, text), QFontMetricsF(font).horizontalAdvance(text));
        // The comparison sees a label one pixel off.
        const auto shifted = [&](QPainter &painter) { cache.draw(painter, rect.translated(1, 0), flags, text); };
        QVERIFY(largestDifference(textImage(font, shifted), expected) > 4 * CachedTextTolerance);
    }

    // Text QPainter lays out on more than one line, or with flags the cache does not follow, is
    // drawn and measured by QPainter itself.
    void shapedTextLeavesOtherTextToQPainter()
    {
        ShapedTextCache cache;
        const QFont font = QApplication::font();
        const QRectF rect(4, 2, 300, 36);
        const QString twoLines = QStringLiteral("1차 단계평가") + QChar(QChar::LineSeparator) + QStringLiteral("2차");
        for (const QString &text : {twoLines, QStringLiteral("tab\there"), QStringLiteral("carriage\rreturn")}) {
            const QImage expected = textImage(font, [&](QPainter &painter) { painter.drawText(rect, Qt::AlignLeft, text); });
            QCOMPARE(textImage(font, [&](QPainter &painter) { cache.draw(painter, rect, Qt::AlignLeft, text); }), expected);
            QCOMPARE(cache.advance(font, text), QFontMetricsF(font).horizontalAdvance(text));
        }
        const QString plain = QStringLiteral("Elite team");
        const int ownFlags = Qt::AlignLeft | Qt::TextForceRightToLeft;
        const QImage expected = textImage(font, [&](QPainter &painter) { painter.drawText(rect, ownFlags, plain); });
        QCOMPARE(textImage(font, [&](QPainter &painter) { cache.draw(painter, rect, ownFlags, plain); }), expected);
        QCOMPARE(cache.size(), 0);
    }

    // The Timeline's consortium names are elided through the cache: the same text as QFontMetricsF's,
    // for every width, font and language.
    void elidedTextIsQFontMetricsText()
    {
        ShapedTextCache cache;
        QFont bold = QApplication::font();
        bold.setBold(true);
        for (const QFont &font : {QApplication::font(), bold}) {
            for (const QString &text : {QStringLiteral("Motif Technologies consortium"), QStringLiteral("모티프테크놀로지스 컨소시엄"),
                                        QStringLiteral("KT")}) {
                for (double width : {20.0, 80.5, 140.0, 400.0}) {
                    const QString expected = QFontMetricsF(font).elidedText(text, Qt::ElideRight, width);
                    QCOMPARE(cache.elidedRight(font, text, width), expected);
                    QCOMPARE(cache.elidedRight(font, text, width), expected);  // kept
                }
            }
        }
        QVERIFY(cache.elidedRight(QApplication::font(), QStringLiteral("Motif Technologies consortium"), 80.5)
                    .endsWith(QChar(0x2026)));
    }

    void shapedTextFollowsTheFont()
    {
        ShapedTextCache cache;
        const QString text = QStringLiteral("Elite team 정예팀");
        QFont bold = QApplication::font();
        bold.setBold(true);
        const QRectF rect(4, 4, 300, 30);
        for (const QFont &font : {QApplication::font(), bold}) {
            const QImage expected = textImage(font, [&](QPainter &painter) {
                painter.drawText(rect, Qt::AlignLeft | Qt::AlignVCenter, text);
            });
            QVERIFY(largestDifference(textImage(font, [&](QPainter &painter) {
                                          cache.draw(painter, rect, Qt::AlignLeft | Qt::AlignVCenter, text);
                                      }),
                                      expected)
                    <= CachedTextTolerance);
        }
        QCOMPARE(cache.size(), 2);
    }

    // Issue 19: a selectable label is painted once per change of its text. QLabel lays a selectable
    // text out in a text document when it first paints after its text or size changed, and that
    // layout asks for another paint: a second frame of the Consortia and Timeline views' language
    // switch. SelectableLabel drops the request made while it paints, and draws what QLabel draws.
    void selectableLabelIsPaintedOncePerChange()
    {
        QWidget window;
        auto *rows = new QVBoxLayout(&window);
        QLabel plain;
        SelectableLabel selectable;
        WrappingLabel wrapping;
        const QList<QLabel *> labels = {&plain, &selectable, &wrapping};
        for (QLabel *label : labels) {
            label->setTextFormat(Qt::PlainText);
            label->setTextInteractionFlags(Qt::TextSelectableByMouse);
            auto *row = new QHBoxLayout;  // each label as wide as its text: a new text resizes it
            row->addWidget(label);
            row->addStretch(1);
            rows->addLayout(row);
        }
        window.resize(500, 300);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        struct Paints : QObject
        {
            QMap<QObject *, int> count;
            bool eventFilter(QObject *watched, QEvent *event) override
            {
                if (event->type() == QEvent::Paint)
                    ++count[watched];
                return false;
            }
        } paints;
        for (QLabel *label : labels)
            label->installEventFilter(&paints);
        const QStringList texts = {QStringLiteral("D-12 · 발표평가"), QStringLiteral("D-3 · Presentation review (second)"),
                                   QStringLiteral("D-3 · 단계평가")};
        for (const QString &text : texts) {
            paints.count.clear();
            for (QLabel *label : labels)
                label->setText(text);
            QTest::qWait(50);
            qInfo("%s: QLabel painted %d times", qPrintable(text), paints.count.value(&plain));
            QVERIFY(paints.count.value(&plain) >= 1);
            QCOMPARE(paints.count.value(&selectable), 1);
            QCOMPARE(paints.count.value(&wrapping), 1);
            QLabel reference;  // a QLabel of the same size and text draws the same pixels
            reference.setTextFormat(Qt::PlainText);
            reference.setTextInteractionFlags(Qt::TextSelectableByMouse);
            reference.setText(text);
            reference.resize(selectable.size());
            QCOMPARE(selectable.grab().toImage().convertToFormat(QImage::Format_RGB32),
                     reference.grab().toImage().convertToFormat(QImage::Format_RGB32));
        }
        // Any other request still repaints it: selecting text shows the selection.
        paints.count.clear();
        const QImage unselected = selectable.grab().toImage();
        selectable.setSelection(0, 4);
        QTest::qWait(50);
        QVERIFY(paints.count.value(&selectable) >= 1);
        QCOMPARE(selectable.selectedText(), texts.last().left(4));
        QVERIFY(selectable.grab().toImage() != unselected);
    }

    void wrappingLabelMeasuresAsQLabelDoes_data()
    {
        QTest::addColumn<bool>("selectable");
        QTest::newRow("plain") << false;
        QTest::newRow("selectable plain text") << true;  // measured through a text document
    }

    void wrappingLabelMeasuresAsQLabelDoes()
    {
        QFETCH(bool, selectable);
        WrappingLabel cached;
        QLabel plain;
        plain.setWordWrap(true);
        for (QLabel *label : {static_cast<QLabel *>(&cached), &plain}) {
            if (selectable) {
                label->setTextFormat(Qt::PlainText);
                label->setTextInteractionFlags(Qt::TextSelectableByMouse);
            }
        }
        const auto sameHeights = [&] {
            for (const int width : {80, 160, 320, 80})
                QCOMPARE(cached.heightForWidth(width), plain.heightForWidth(width));
            QCOMPARE(cached.sizeHint(), plain.sizeHint());
            QCOMPARE(cached.minimumSizeHint(), plain.minimumSizeHint());
        };
        const auto both = [&](const std::function<void(QLabel &)> &change) {
            change(cached);
            change(plain);
        };
        both([](QLabel &label) { label.setText(QStringLiteral("An as-of date changes what every view shows.")); });
        sameHeights();
        const int before = cached.heightForWidth(80);
        both([](QLabel &label) {
            label.setText(QStringLiteral("기준일을 바꾸면 모든 화면이 그날의 자료를 보여 줍니다. 서면평가와 발표평가, 단계평가도 마찬가지입니다."));
        });
        sameHeights();
        QVERIFY(cached.heightForWidth(80) > before);
        // Back to the first text (answers kept from before) and on again (kept too).
        const auto switchTexts = [&] {
            both([](QLabel &label) { label.setText(QStringLiteral("An as-of date changes what every view shows.")); });
            sameHeights();
            both([](QLabel &label) { label.setText(QStringLiteral("기준일을 바꾸면 모든 화면이 그날의 자료를 보여 줍니다.")); });
            sameHeights();
        };
        switchTexts();
        switchTexts();
        both([](QLabel &label) {
            QFont larger = label.font();
            larger.setPointSizeF(larger.pointSizeF() * 2);
            label.setFont(larger);
        });
        sameHeights();
        both([](QLabel &label) { label.setContentsMargins(10, 10, 10, 10); });
        sameHeights();
        both([](QLabel &label) { label.setIndent(30); });
        sameHeights();
        both([](QLabel &label) { label.setStyleSheet(QStringLiteral("QLabel { padding: 12px; font-size: 20px; }")); });
        sameHeights();
        both([](QLabel &label) { label.setWordWrap(false); });
        sameHeights();
        both([](QLabel &label) { label.setTextInteractionFlags(Qt::NoTextInteraction); });
        sameHeights();
        both([](QLabel &label) { label.setAlignment(Qt::AlignRight); });
        sameHeights();
        // Size limits and a frame change QLabel's answers too. QLabel itself measures its size hints
        // again only when its text, font or layout flags change, so each is compared after a text change.
        both([](QLabel &label) { label.setWordWrap(true); });
        switchTexts();
        both([](QLabel &label) { label.setMaximumWidth(120); });
        switchTexts();
        both([](QLabel &label) { label.setMinimumSize(150, 90); });
        switchTexts();
        both([](QLabel &label) {
            label.setIndent(-1);
            label.setFrameStyle(QFrame::Box | QFrame::Plain);
            label.setLineWidth(3);
        });
        switchTexts();
        switchTexts();
    }
};

QTEST_MAIN(TstCachedText)
#include "tst_cached_text.moc"

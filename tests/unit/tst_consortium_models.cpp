// SPDX-License-Identifier: GPL-3.0-or-later
#include "DashboardState.h"
#include "TestEngine.h"
#include "TestSupport.h"
#include "domain/OneConsortiumRule.h"
#include "items/ConsortiumAllocationModel.h"
#include "items/ConsortiumMemberModel.h"
#include "items/ConsortiumReleaseModel.h"
#include "items/ConsortiumRoundModel.h"
#include "items/ConsortiumTableModel.h"
#include "items/NameSearchProxyModel.h"
#include "items/OrganisationHistoryModel.h"
#include "items/SourceTableModel.h"
#include "items/SearchRoles.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace kai;

class TestConsortiumModels : public QObject
{
    Q_OBJECT

private:
    test::SampleDatabase *m_sample = nullptr;
    std::unique_ptr<DashboardState> m_state;

    qint64 consortiumId(const QString &code) const
    {
        for (const domain::Consortium &consortium : m_state->snapshot().consortia) {
            if (consortium.code == code)
                return consortium.id;
        }
        return 0;
    }

    qint64 organisationId(const QString &code) const
    {
        for (const domain::Organisation &organisation : m_state->snapshot().organisations) {
            if (organisation.code == code)
                return organisation.id;
        }
        return 0;
    }

    static QStringList column(const QAbstractItemModel &model, int column)
    {
        QStringList texts;
        for (int row = 0; row < model.rowCount(); ++row)
            texts.append(model.index(row, column).data().toString());
        return texts;
    }

    static int rowOf(const QAbstractItemModel &model, qint64 id)
    {
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.index(row, 0).data(SnapshotTableModel::IdRole).toLongLong() == id)
                return row;
        }
        return -1;
    }

    // The sample database with the schema's guard removed and Upstage (a company) planted in the
    // SK Telecom consortium while it still leads its own: the breach the views must flag.
    std::unique_ptr<store::Database> databaseWithBreach(const test::SampleDatabase &sample)
    {
        auto database = sample.open(false);
        database->sql().execute(
            test::dropTriggerStatement(QStringLiteral("membership_one_consortium_on_insert"), QStringLiteral("membership")));
        database->sql().execute(QStringLiteral(
            "INSERT INTO membership (consortium_id, organisation_id, role, joined_on, left_on, announced_on, source_id) "
            "VALUES ((SELECT id FROM consortium WHERE code = 'skt'), (SELECT id FROM organisation WHERE code = 'upstage'), "
            "'participant', '2025-09-01', NULL, '2025-09-01', (SELECT id FROM source WHERE code = 'S8'))"));
        return database;
    }

private slots:
    void initTestCase()
    {
        test::enterTestMode();
        m_sample = new test::SampleDatabase;
    }

    void init()
    {
        m_state = test::createState(*m_sample);
    }

    void cleanup() { m_state.reset(); }
    void cleanupTestCase() { delete m_sample; }

    void everyModelPassesTheModelTester_data()
    {
        QTest::addColumn<int>("which");
        const char *names[] = {"members", "history", "releases", "allocations", "rounds", "search proxy"};
        for (int i = 0; i < 6; ++i)
            QTest::newRow(names[i]) << i;
    }

    void everyModelPassesTheModelTester()
    {
        QFETCH(int, which);
        ConsortiumTableModel table(*m_state);
        std::unique_ptr<QAbstractItemModel> model;
        ScopedTableModel *scoped = nullptr;
        NameSearchProxyModel *proxy = nullptr;
        switch (which) {
        case 0: model = std::make_unique<ConsortiumMemberModel>(*m_state); break;
        case 1: model = std::make_unique<OrganisationHistoryModel>(*m_state); break;
        case 2: model = std::make_unique<ConsortiumReleaseModel>(*m_state); break;
        case 3: model = std::make_unique<ConsortiumAllocationModel>(*m_state); break;
        case 4: model = std::make_unique<ConsortiumRoundModel>(*m_state); break;
        case 5: {
            auto search = std::make_unique<NameSearchProxyModel>();
            search->setSearchColumns({ConsortiumTableModel::NameColumn, ConsortiumTableModel::LeadColumn,
                                      ConsortiumTableModel::MembersColumn},
                                     ConsortiumTableModel::MembersColumn);
            search->setSourceModel(&table);
            search->setSortRole(SnapshotTableModel::SortRole);
            search->sort(ConsortiumTableModel::StatusColumn);
            proxy = search.get();
            model = std::move(search);
            break;
        }
        }
        scoped = qobject_cast<ScopedTableModel *>(model.get());
        QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        if (scoped)
            scoped->setScopeId(which == 1 ? organisationId(QStringLiteral("kaist")) : consortiumId(QStringLiteral("skt")));
        if (proxy) {
            for (const QString &text : {QStringLiteral("ㅇ"), QStringLiteral("ㅇㅅ"), QStringLiteral("업ㅅ"),
                                        QStringLiteral("kaist"), QString()})
                proxy->setSearchText(text);
            proxy->setSearchText(QStringLiteral("ㅋ"));
        }
        QVERIFY(model->rowCount() > 0);
        for (const QDate &date : {QDate(2025, 6, 1), QDate(2025, 7, 22), QDate(2026, 1, 16), QDate(2027, 12, 31)})
            m_state->setAsOf(date);
        m_state->setLanguage(domain::Language::Korean);
        m_state->setDatabase(nullptr);
        m_state->setDatabase(m_sample->open(true));
        if (scoped)
            scoped->setScopeId(0);
        for (int row = 0; row < model->rowCount(); ++row) {
            for (int col = 0; col < model->columnCount(); ++col) {
                for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(SnapshotTableModel::SortRole),
                                 int(MatchSpansRole), int(MatchedMembersRole)})
                    model->index(row, col).data(role);
            }
        }
    }

    void july2025ShowsFifteenApplicantsAndNoSelection()
    {
        ConsortiumTableModel model(*m_state);
        m_state->setAsOf(QDate(2025, 7, 22));
        QCOMPARE(model.rowCount(), 15);
        for (const QString &status : column(model, ConsortiumTableModel::StatusColumn))
            QCOMPARE(status, QStringLiteral("Applied"));
        QVERIFY(!column(model, ConsortiumTableModel::NameColumn).contains(QStringLiteral("Trillion Labs consortium")));
    }

    void trillionLabsAppearsInFebruary2026()
    {
        ConsortiumTableModel model(*m_state);
        m_state->setAsOf(QDate(2026, 2, 11));
        QVERIFY(!column(model, ConsortiumTableModel::NameColumn).contains(QStringLiteral("Trillion Labs consortium")));
        m_state->setAsOf(QDate(2026, 2, 12));
        QVERIFY(column(model, ConsortiumTableModel::NameColumn).contains(QStringLiteral("Trillion Labs consortium")));
        QCOMPARE(model.rowCount(), 16);
    }

    void anEndedTeamKeepsItsLastRoster()
    {
        ConsortiumTableModel model(*m_state);
        const int naver = rowOf(model, consortiumId(QStringLiteral("naver")));
        int counted = 0;
        for (int column = ConsortiumTableModel::LargeEnterpriseColumn; column <= ConsortiumTableModel::InstituteColumn; ++column)
            counted += model.index(naver, column).data(SnapshotTableModel::SortRole).toInt();
        QVERIFY(counted > 0);
        QVERIFY(!model.index(naver, ConsortiumTableModel::MembersColumn).data().toString().contains(QLatin1String("(left)")));
        // Lunit's team ended at document review with Trillion Labs on board.
        const int lunit = rowOf(model, consortiumId(QStringLiteral("lunit")));
        const QString lunitMembers = model.index(lunit, ConsortiumTableModel::MembersColumn).data().toString();
        QVERIFY(lunitMembers.contains(QLatin1String("Trillion Labs")));
        QVERIFY(!lunitMembers.contains(QLatin1String("(left)")));
        // While the team goes on, a member who leaves is shown as a former member.
        test::SampleDatabase sample;
        auto database = sample.open(false);
        database->sql().execute(QStringLiteral(
            "UPDATE membership SET left_on = '2026-03-01' WHERE consortium_id = (SELECT id FROM consortium WHERE code = 'skt') "
            "AND organisation_id = (SELECT id FROM organisation WHERE code = 'krafton')"));
        m_state->setDatabase(std::move(database));
        const int skt = rowOf(model, consortiumId(QStringLiteral("skt")));
        QVERIFY(model.index(skt, ConsortiumTableModel::MembersColumn).data().toString().contains(
            QLatin1String("KRAFTON (left)")));
        QCOMPARE(model.index(skt, ConsortiumTableModel::LargeEnterpriseColumn).data(SnapshotTableModel::SortRole).toInt(), 2);
    }

    void membersAreGroupedByKindWithRoles()
    {
        ConsortiumMemberModel model(*m_state);
        model.setScopeId(consortiumId(QStringLiteral("skt")));
        QCOMPARE(model.rowCount(), 8);
        // Large enterprises first, the lead first among them; the kind is written once per group.
        QCOMPARE(model.index(0, ConsortiumMemberModel::OrganisationColumn).data().toString(), QStringLiteral("SK Telecom"));
        QCOMPARE(model.index(0, ConsortiumMemberModel::RoleColumn).data().toString(), QStringLiteral("Lead"));
        QCOMPARE(model.index(0, ConsortiumMemberModel::KindColumn).data().toString(), QStringLiteral("Large enterprise"));
        QCOMPARE(model.index(1, ConsortiumMemberModel::KindColumn).data().toString(), QString());
        QCOMPARE(model.index(1, ConsortiumMemberModel::KindColumn).data(Qt::AccessibleTextRole).toString(),
                 QStringLiteral("Large enterprise"));
        QCOMPARE(model.index(7, ConsortiumMemberModel::KindColumn).data(Qt::AccessibleTextRole).toString(),
                 QStringLiteral("University"));
        for (int row = 1; row < model.rowCount(); ++row)
            QCOMPARE(model.index(row, ConsortiumMemberModel::RoleColumn).data().toString(), QStringLiteral("Participant"));
        QVERIFY(model.index(0, ConsortiumMemberModel::OrganisationColumn).data(Qt::ToolTipRole).toString().contains(
            QLatin1String("Source: S")));
    }

    void detailModelsFollowTheAsOfDate()
    {
        ConsortiumRoundModel rounds(*m_state);
        ConsortiumReleaseModel releases(*m_state);
        rounds.setScopeId(consortiumId(QStringLiteral("upstage")));
        releases.setScopeId(consortiumId(QStringLiteral("upstage")));
        const int roundsNow = rounds.rowCount();
        QVERIFY(roundsNow >= 3);
        QVERIFY(releases.rowCount() > 0);
        for (int row = 0; row < rounds.rowCount(); ++row)
            QVERIFY(!rounds.index(row, ConsortiumRoundModel::SourceColumn).data().toString().isEmpty());
        m_state->setAsOf(QDate(2025, 7, 22));
        QCOMPARE(rounds.rowCount(), 0);
        QCOMPARE(releases.rowCount(), 0);
        m_state->setAsOf(QDate(2025, 8, 5));
        QCOMPARE(rounds.rowCount(), 2);  // document and presentation review
        QCOMPARE(rounds.index(1, ConsortiumRoundModel::OutcomeColumn).data().toString(), QStringLiteral("Advanced"));
    }

    // Trust review: facts known only to the month are shown as the month in both languages, never
    // as the 1st; a company's own release is labelled as such and is no team's latest model.
    // The GPU column says why a team has no number: no allocation published, its allocations
    // ended, or one yet to start; a count or date taken from an illustrative allocation is marked.
    void gpuColumnNamesWhyThereIsNoCount()
    {
        ConsortiumTableModel table(*m_state);
        const auto gpus = [&](const char *code) {
            return table.index(rowOf(table, consortiumId(QLatin1String(code))), ConsortiumTableModel::GpusColumn);
        };
        m_state->setAsOf(QDate(2026, 6, 30));
        QCOMPARE(gpus("naver").data().toString(), QStringLiteral("None published"));
        QVERIFY(!gpus("naver").data(SnapshotTableModel::IllustrativeRole).toBool());
        // A published "none" (S50: no government GPUs for SK Telecom in 1H 2026) is not "none published",
        // and comes before the sample allocation from 1 July announced that day.
        QCOMPARE(gpus("skt").data().toString(), QStringLiteral("None allocated (S50)"));
        QVERIFY(!gpus("skt").data(SnapshotTableModel::IllustrativeRole).toBool());
        // "About 768 B200" (S50) reads as about 768, in the cell and in its tooltip.
        QCOMPARE(gpus("motif").data().toString(), QStringLiteral("about 768"));
        QVERIFY2(gpus("motif").data(Qt::ToolTipRole).toString().startsWith(QLatin1String("about 768 GPUs, about 1,536 H100")),
                 qPrintable(gpus("motif").data(Qt::ToolTipRole).toString()));
        m_state->setAsOf(QDate(2026, 1, 22));  // before S50 was published
        QCOMPARE(gpus("skt").data().toString(), QStringLiteral("None published"));
        m_state->setAsOf(QDate(2026, 6, 30));
        QCOMPARE(gpus("lg").data().toString(), QStringLiteral("1,024"));  // 512 B200 + 512 H100 (S50)
        QVERIFY(!gpus("lg").data(SnapshotTableModel::IllustrativeRole).toBool());
        m_state->setAsOf(QDate(2026, 11, 30));
        QCOMPARE(gpus("ncai").data().toString(), QStringLiteral("None (ended 15 Jan 2026)"));
        QVERIFY(gpus("ncai").data(SnapshotTableModel::IllustrativeRole).toBool());  // the sample extension
        QCOMPARE(gpus("lg").data().toString(), QStringLiteral("768"));
        QVERIFY(gpus("lg").data(SnapshotTableModel::IllustrativeRole).toBool());
        for (const QString &cell : column(table, ConsortiumTableModel::GpusColumn))
            QVERIFY(!cell.isEmpty());
        // Nor is a latest model left blank: Motif's model is not on record in the data.
        QCOMPARE(table.index(rowOf(table, consortiumId(QStringLiteral("motif"))), ConsortiumTableModel::LatestModelColumn)
                     .data().toString(),
                 QStringLiteral("None on record"));
    }

    void monthOnlyDatesAreShownAsMonths()
    {
        m_state->setAsOf(QDate(2026, 1, 31));
        ConsortiumTableModel table(*m_state);
        const QModelIndex upstage = table.index(rowOf(table, consortiumId(QStringLiteral("upstage"))),
                                                ConsortiumTableModel::LatestModelColumn);
        QCOMPARE(upstage.data().toString(), QStringLiteral("Solar Open 100B (Dec 2025)"));
        ConsortiumReleaseModel releases(*m_state);
        releases.setScopeId(consortiumId(QStringLiteral("naver")));
        QVERIFY(releases.rowCount() > 0);
        for (const QString &released : column(releases, ConsortiumReleaseModel::ReleasedColumn))
            QCOMPARE(released, QStringLiteral("Jan 2026"));
        SourceTableModel sources(*m_state);
        const QStringList codes = column(sources, SourceTableModel::CodeColumn);
        const QStringList published = column(sources, SourceTableModel::PublishedColumn);
        QCOMPARE(published.at(codes.indexOf(QStringLiteral("S6"))), QStringLiteral("Jul 2025"));
        QCOMPARE(published.at(codes.indexOf(QStringLiteral("S4"))), QStringLiteral("Jun 2025"));
        QCOMPARE(published.at(codes.indexOf(QStringLiteral("S1"))), QStringLiteral("20 Jun 2025"));

        m_state->setLanguage(domain::Language::Korean);
        QCOMPARE(upstage.data().toString(), QStringLiteral("Solar Open 100B (2025년 12월)"));
        QCOMPARE(column(sources, SourceTableModel::PublishedColumn).at(codes.indexOf(QStringLiteral("S6"))),
                 QStringLiteral("2025년 7월"));
        m_state->setLanguage(domain::Language::English);

        m_state->setAsOf(QDate(2026, 6, 30));
        releases.setScopeId(consortiumId(QStringLiteral("lg")));
        const QStringList names = column(releases, ConsortiumReleaseModel::NameColumn);
        QVERIFY2(names.contains(QStringLiteral("EXAONE 4.5 (33B VLM) · the company's own release")), qPrintable(names.join(u'|')));
        const QModelIndex lg = table.index(rowOf(table, consortiumId(QStringLiteral("lg"))), ConsortiumTableModel::LatestModelColumn);
        QVERIFY2(lg.data().toString().startsWith(QLatin1String("K-EXAONE")), qPrintable(lg.data().toString()));
    }

    void memberHistoryListsEveryConsortium()
    {
        OrganisationHistoryModel history(*m_state);
        history.setScopeId(organisationId(QStringLiteral("trillion-labs")));
        // A participant of Lunit's team in July 2025, then the lead of its own team in February 2026:
        // two consortia, one after the other, which the rule allows.
        QCOMPARE(history.rowCount(), 2);
        QVERIFY(!history.hasBreach());
        QCOMPARE(history.index(1, OrganisationHistoryModel::ConsortiumColumn).data().toString(),
                 QStringLiteral("Trillion Labs consortium"));
        QCOMPARE(history.index(0, OrganisationHistoryModel::RuleColumn).data().toString(), QStringLiteral("Kept"));
        // Universities may be in several consortia at once.
        history.setScopeId(organisationId(QStringLiteral("kaist")));
        QVERIFY(history.rowCount() > 1);
        QVERIFY(!history.hasBreach());
    }

    void aPlantedBreachIsFlagged()
    {
        test::SampleDatabase sample;
        m_state->setDatabase(databaseWithBreach(sample));
        const qint64 upstage = organisationId(QStringLiteral("upstage"));
        QVERIFY(domain::OneConsortiumRule::isBreachedBy(m_state->snapshot(), upstage));
        QVERIFY(!domain::OneConsortiumRule::isBreachedBy(m_state->snapshot(), organisationId(QStringLiteral("kaist"))));

        OrganisationHistoryModel history(*m_state);
        history.setScopeId(upstage);
        QCOMPARE(history.rowCount(), 2);
        QVERIFY(history.hasBreach());
        QVERIFY(history.index(0, OrganisationHistoryModel::RuleColumn).data().toString().contains(
            QLatin1String("SK Telecom consortium")));
        QVERIFY(history.index(0, OrganisationHistoryModel::RuleColumn).data(Qt::BackgroundRole).isValid());

        ConsortiumTableModel table(*m_state);
        const int skt = rowOf(table, consortiumId(QStringLiteral("skt")));
        QVERIFY(table.index(skt, ConsortiumTableModel::MembersColumn).data().toString().contains(
            QLatin1String("Upstage (also in another consortium)")));
        QVERIFY(table.index(skt, ConsortiumTableModel::NameColumn).data(Qt::ToolTipRole).toString().contains(
            QLatin1String("one-consortium rule")));

        ConsortiumMemberModel members(*m_state);
        members.setScopeId(consortiumId(QStringLiteral("skt")));
        QVERIFY(column(members, ConsortiumMemberModel::OrganisationColumn)
                    .contains(QStringLiteral("Upstage — also in another consortium")));

        // Before the planted membership was announced, nothing is flagged.
        m_state->setAsOf(QDate(2025, 8, 31));
        QVERIFY(!domain::OneConsortiumRule::isBreachedBy(m_state->snapshot(), upstage));
    }

    void searchFindsConsortiaByMembersInBothLanguages_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("initials") << QStringLiteral("ㅇㅅㅌㅇㅈ") << QStringList{QStringLiteral("Upstage consortium")};
        QTest::newRow("mixed") << QStringLiteral("업ㅅ") << QStringList{QStringLiteral("Upstage consortium")};
        QTest::newRow("english member") << QStringLiteral("krafton")
                                        << QStringList{QStringLiteral("SK Telecom consortium")};
        QTest::newRow("korean member") << QStringLiteral("크래프톤")
                                       << QStringList{QStringLiteral("SK Telecom consortium")};
        QTest::newRow("nothing") << QStringLiteral("zzzz") << QStringList{};
    }

    void searchFindsConsortiaByMembersInBothLanguages()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, expected);
        ConsortiumTableModel table(*m_state);
        NameSearchProxyModel proxy;
        proxy.setSearchColumns({ConsortiumTableModel::NameColumn, ConsortiumTableModel::LeadColumn,
                                ConsortiumTableModel::MembersColumn},
                               ConsortiumTableModel::MembersColumn);
        proxy.setSourceModel(&table);
        proxy.setSearchText(query);
        QCOMPARE(column(proxy, ConsortiumTableModel::NameColumn), expected);
    }

    void searchShowsAndHighlightsTheMatchedMember()
    {
        ConsortiumTableModel table(*m_state);
        NameSearchProxyModel proxy;
        proxy.setSearchColumns({ConsortiumTableModel::NameColumn, ConsortiumTableModel::MembersColumn},
                               ConsortiumTableModel::MembersColumn);
        proxy.setSourceModel(&table);
        proxy.setSearchText(QStringLiteral("kraf"));
        QCOMPARE(proxy.rowCount(), 1);
        const QModelIndex members = proxy.index(0, ConsortiumTableModel::MembersColumn);
        QCOMPARE(members.data(MatchedMembersRole).toString(), QStringLiteral("KRAFTON"));
        QVERIFY(members.data().toString().startsWith(QLatin1String("KRAFTON, SK Telecom")));  // matched first
        const QVariantList spans = members.data(MatchSpansRole).toList();
        QCOMPARE(spans.size(), 1);
        QCOMPARE(spans[0].toPoint(), QPoint(0, 4));
        QVERIFY(proxy.index(0, ConsortiumTableModel::NameColumn).data(MatchSpansRole).toList().isEmpty());
        // Korean query, English display: the row is found though nothing English is highlighted.
        proxy.setSearchText(QStringLiteral("ㅋㄹㅍ"));
        QCOMPARE(proxy.rowCount(), 1);
        m_state->setLanguage(domain::Language::Korean);
        QCOMPARE(proxy.index(0, ConsortiumTableModel::MembersColumn).data(MatchedMembersRole).toString(),
                 QStringLiteral("크래프톤"));
    }

    void searchKeysArePreparedOncePerSnapshot()
    {
        ConsortiumTableModel table(*m_state);
        NameSearchProxyModel proxy;
        proxy.setSearchColumns({ConsortiumTableModel::NameColumn, ConsortiumTableModel::MembersColumn});
        proxy.setSourceModel(&table);
        proxy.setSearchText(QStringLiteral("ㅇ"));
        const int prepared = proxy.keyPreparations();
        for (const QString &text : {QStringLiteral("ㅇㅅ"), QStringLiteral("ㅇㅅㅌ"), QStringLiteral("업"), QString()})
            proxy.setSearchText(text);
        QCOMPARE(proxy.keyPreparations(), prepared);
        m_state->setAsOf(QDate(2025, 7, 22));
        proxy.setSearchText(QStringLiteral("트릴리온"));
        QCOMPARE(proxy.keyPreparations(), prepared + 1);
        QCOMPARE(column(proxy, ConsortiumTableModel::NameColumn), QStringList{QStringLiteral("Lunit consortium")});
    }
};

KAI_GUILESS_TEST_MAIN_BOTH_ENGINES(TestConsortiumModels)
#include "tst_consortium_models.moc"
